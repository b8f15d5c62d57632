"""Prints schemathesis dictionaries of IDs that exist on a running fake.

Usage: known_ids.py BASE_URL TOKEN

Generated IDs almost never name a real chat or message, so without these
most cases end in 404 and the success responses of those operations are
never checked. The IDs are read from the fake itself (not written down), so
they stay right whatever its seed data becomes. Output is TOML to append to
contract/schemathesis.toml: one dictionary per path parameter, bound with a
probability below 1 so generated values are still tried.
"""

import json
import sys
import urllib.request

PROBABILITY = 0.8


def get(base, token, path):
    request = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def toml_list(values):
    # JSON string literals are valid TOML basic strings.
    return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in values) + "]"


def main():
    base, token = sys.argv[1].rstrip("/"), sys.argv[2]
    accounts = get(base, token, "/v1/accounts")
    # The chat with the most messages on its first page: message, reaction
    # and edit operations then address messages that are really there.
    chats = get(base, token, "/v1/chats?limit=20")["items"]
    if not chats:
        sys.exit("the fake has no chats")
    pages = {c["id"]: get(base, token, "/v1/chats/%s/messages" % urllib.request.quote(c["id"], safe=""))["items"]
             for c in chats}
    chat = max(pages, key=lambda c: len(pages[c]))
    messages = pages[chat]
    account_of = {c["id"]: c["accountID"] for c in chats}
    # Removing a login takes its account's chats with it: removeBridgeLogin
    # only ever removes one other account's login.
    victim = next((a for a in accounts if a.get("loginID") and a.get("bridge")
                   and a["accountID"] != account_of[chat]), None)
    if victim is None:
        sys.exit("the fake has no second account with a login")
    # deleteMessage gets messages of its own, so the others still find theirs.
    doomed, messages = messages[:5], messages[5:]
    reactions = sorted({r["reactionKey"] for m in messages for r in m.get("reactions") or [] if r.get("reactionKey")})
    # Attachments the fake holds bytes for, from every chat read that
    # outlives removeBridgeLogin.
    assets = sorted({a["id"] for chat_id, page in pages.items() if account_of[chat_id] != victim["accountID"]
                     for m in page for a in m.get("attachments") or [] if a.get("id")})

    dictionaries = {
        "account-ids": [a["accountID"] for a in accounts],
        "bridge-ids": sorted({a["bridge"]["id"] for a in accounts if a.get("bridge")}),
        "login-ids": sorted({a["loginID"] for a in accounts if a.get("loginID")}),
        "chat-ids": [chat],
        "message-ids": [m["id"] for m in messages],
        "doomed-message-ids": [m["id"] for m in doomed],
        "reaction-keys": reactions,
        "asset-urls": assets,
    }
    bindings = {
        "path.accountID": "account-ids",
        "path.bridgeID": "bridge-ids",
        "path.loginID": "login-ids",
        "path.chatID": "chat-ids",
        "path.messageID": "message-ids",
        "path.reactionKey": "reaction-keys",
        "query.url": "asset-urls",
        "body.url": "asset-urls",
        "body.chatID": "chat-ids",
        "body.accountID": "account-ids",
    }
    empty = [name for name, values in dictionaries.items() if not values]
    if empty:
        sys.exit("the fake has no " + ", ".join(empty))
    print("\n# Appended by contract/known_ids.py: IDs read from the running fake.")
    for name, values in dictionaries.items():
        print("[dictionaries.%s]\nvalues = %s" % (name, toml_list(values)))
    print("[parameters]")
    for key, name in bindings.items():
        print('"%s" = { dictionary = "%s", probability = %s }' % (key, name, PROBABILITY))
    print('[[operations]]\ninclude-operation-id = "removeBridgeLogin"')
    print('parameters = { "path.bridgeID" = %s, "path.loginID" = %s }'
          % (json.dumps(victim["bridge"]["id"]), json.dumps(victim["loginID"])))
    print('[[operations]]\ninclude-operation-id = "deleteMessage"')
    print('parameters = { "path.messageID" = { dictionary = "doomed-message-ids", probability = %s } }' % PROBABILITY)
    counts = ", ".join("%d %s" % (len(v), k) for k, v in dictionaries.items())
    print("known IDs from the fake: " + counts, file=sys.stderr)


if __name__ == "__main__":
    main()
