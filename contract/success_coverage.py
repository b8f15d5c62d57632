"""Which operations schemathesis saw answer 2xx, from its VCR report.

Usage: success_coverage.py OPENAPI_YAML VCR_YAML

schemathesis checks every response it gets, but an operation that only ever
answered 4xx had just its error shape checked. This prints how many of the
spec's operations answered 2xx at least once and fails when one that should
(it is not listed below) never did, or when a listed one now does (so the
list, and the README's count, stay true).
"""

import re
import sys

import yaml

# Operations whose success the generated requests cannot reach on the fake,
# and why. Their error answers are still checked.
NEVER_2XX = {
    "acceptVerification": "needs an incoming verification, which only the other device starts",
    "confirmRecoveryKeyReset": "needs the key a reset just returned",
    "verifyRecoveryKey": "needs the account's recovery key",
    "registerUser": "needs the lead token of a registration in progress",
    "submitSetupResponse": "needs the code e-mailed at sign-in",
    "submitLoginStep": "needs the values the login step asks for",
    "updateMessage": "only your own messages can be edited",
    "notifyAnyway": "the network of the chat used does not support it",
    "startChat": "needs a user the network can find",
}


def operations(spec_path):
    with open(spec_path, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    found = []
    for path, item in spec["paths"].items():
        literal_parts = re.split(r"\{[^}]+\}", path)
        pattern = re.compile("^" + "[^/]+".join(map(re.escape, literal_parts)) + "$")
        for method, op in item.items():
            if method in ("get", "put", "post", "patch", "delete"):
                # Fixed paths first: /v1/chats/start before /v1/chats/{chatID}.
                found.append((path.count("{"), pattern, method.upper(), op["operationId"]))
    return sorted(found, key=lambda o: o[0])


def main():
    ops = operations(sys.argv[1])
    # A real YAML parse: URIs may contain quotes, which the report escapes.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(sys.argv[2], encoding="utf-8") as f:
        report = yaml.load(f, Loader=loader) or {}
    answered = {}
    for interaction in report.get("http_interactions") or []:
        request, response = interaction.get("request") or {}, interaction.get("response") or {}
        uri, method = request.get("uri", ""), request.get("method", "")
        code = str((response.get("status") or {}).get("code", ""))
        if not code:
            continue
        path = re.sub(r"^[a-z]+://[^/]+", "", uri).split("?")[0]
        for _, pattern, op_method, op_id in ops:
            if op_method == method and pattern.match(path):
                answered.setdefault(op_id, set()).add(code[0])
                break
    ids = sorted({o[3] for o in ops})
    succeeded = [i for i in ids if "2" in answered.get(i, ())]
    print("%d of %d operations answered 2xx at least once" % (len(succeeded), len(ids)))
    problems = []
    for op_id in ids:
        if op_id in succeeded and op_id in NEVER_2XX:
            problems.append("%s now answers 2xx: remove it from NEVER_2XX (and update the README count)" % op_id)
        elif op_id not in succeeded and op_id not in NEVER_2XX:
            seen = ", ".join(sorted(c + "xx" for c in answered.get(op_id, ()))) or "no requests"
            problems.append("%s never answered 2xx (%s): its success response went unchecked" % (op_id, seen))
        elif op_id not in succeeded:
            print("  error answers only: %s (%s)" % (op_id, NEVER_2XX[op_id]))
    for name in sorted(set(NEVER_2XX) - set(ids)):
        problems.append("NEVER_2XX names %s, which is not an operation" % name)
    for problem in problems:
        print("FAIL: " + problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
