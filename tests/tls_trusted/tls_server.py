"""A loopback HTTPS + WSS server for tests/tls_trusted (Python stdlib only).

Usage: tls_server.py CERT KEY INFO_JSON

Prints its port on the first line, then serves on 127.0.0.1 until stdin
closes (the test holds the pipe) or 60 s pass:
- GET /v1/info answers INFO_JSON;
- GET /v1/ws upgrades to a WebSocket, sends `ready`, acknowledges one
  `subscriptions.set` and sends one `chat.upserted` event, then waits for
  the client to close.
"""

import base64
import hashlib
import json
import socket
import ssl
import struct
import sys
import threading

WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def read_head(conn):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            raise ConnectionError("closed before the request head ended")
        data += chunk
    head = data.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    lines = head.split("\r\n")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return lines[0].split(" ")[1], headers


def send_frame(conn, text):
    payload = text.encode()
    if len(payload) < 126:
        header = struct.pack("!BB", 0x81, len(payload))
    else:
        header = struct.pack("!BBH", 0x81, 126, len(payload))
    conn.sendall(header + payload)


def read_frame(conn):
    def exact(n):
        data = b""
        while len(data) < n:
            chunk = conn.recv(n - len(data))
            if not chunk:
                raise ConnectionError("closed mid-frame")
            data += chunk
        return data

    first, second = exact(2)
    length = second & 0x7F
    if length == 126:
        (length,) = struct.unpack("!H", exact(2))
    elif length == 127:
        (length,) = struct.unpack("!Q", exact(8))
    mask = exact(4) if second & 0x80 else b"\0\0\0\0"
    payload = bytes(b ^ mask[i % 4] for i, b in enumerate(exact(length)))
    return first & 0x0F, payload


def serve_ws(conn, headers):
    accept = base64.b64encode(hashlib.sha1((headers["sec-websocket-key"] + WS_GUID).encode()).digest()).decode()
    conn.sendall(
        (
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Accept: %s\r\n\r\n" % accept
        ).encode()
    )
    send_frame(conn, json.dumps({"type": "ready", "version": 1, "chatIDs": []}))
    while True:
        opcode, payload = read_frame(conn)
        if opcode == 0x8:  # close
            return
        if opcode != 0x1:
            continue
        command = json.loads(payload)
        ack = {"type": "subscriptions.updated", "chatIDs": command["chatIDs"]}
        if command.get("requestID"):
            ack["requestID"] = command["requestID"]
        send_frame(conn, json.dumps(ack))
        event = {"type": "chat.upserted", "seq": 1, "ts": 1767225600000, "chatID": "!tls:beeper.local",
                 "ids": ["!tls:beeper.local"]}
        send_frame(conn, json.dumps(event))


def handle(conn, info):
    try:
        path, headers = read_head(conn)
        if path == "/v1/ws" and headers.get("upgrade", "").lower() == "websocket":
            serve_ws(conn, headers)
            return
        status, body = ("200 OK", info) if path == "/v1/info" else ("404 Not Found", b'{"code":"NOT_FOUND"}')
        conn.sendall(
            (
                "HTTP/1.1 %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n"
                % (status, len(body))
            ).encode()
            + body
        )
    except (ConnectionError, ssl.SSLError, OSError):
        pass
    finally:
        conn.close()


def main():
    cert, key, info_path = sys.argv[1:4]
    with open(info_path, "rb") as f:
        info = f.read()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(1.0)
    print(listener.getsockname()[1], flush=True)
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    timer = threading.Timer(60, stop.set)
    timer.daemon = True
    timer.start()
    while not stop.is_set():
        try:
            raw, _ = listener.accept()
        except socket.timeout:
            continue
        raw.settimeout(10)
        try:
            conn = context.wrap_socket(raw, server_side=True)
        except (ssl.SSLError, OSError):
            raw.close()
            continue
        threading.Thread(target=handle, args=(conn, info), daemon=True).start()
    sys.exit(0)


if __name__ == "__main__":
    main()
