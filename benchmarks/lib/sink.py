"""Stand-in SMS gateway for the benchmark and .ci/serve-smoke.sh: checks the signature, stores each code by phone.

X-FinGuard-Signature: t=<unix seconds>,v1=hex(HMAC-SHA256(key, t + "." + body)); t must be within 5 minutes.

Usage: SMS_KEY=<base64> python3 sink.py PORT DIR. Threaded, so deliveries never queue behind each other.
"""
import base64, hashlib, hmac, http.server, json, os, re, sys, time

key = base64.b64decode(os.environ["SMS_KEY"])
out = sys.argv[2]


class Sink(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        sig = re.fullmatch(r"t=(\d+),v1=([0-9a-f]{64})", self.headers.get("X-FinGuard-Signature", ""))
        fresh = sig is not None and abs(time.time() - int(sig.group(1))) <= 300
        expected = hmac.new(key, sig.group(1).encode() + b"." + body, hashlib.sha256).hexdigest() if sig else ""
        if not fresh or not hmac.compare_digest(expected, sig.group(2)):
            self.send_response(401); self.end_headers(); return
        msg = json.loads(body)
        tmp = os.path.join(out, "." + msg["to"])
        with open(tmp, "w") as f:
            f.write(msg["code"])
        os.replace(tmp, os.path.join(out, msg["to"]))  # readers never see a half-written code
        self.send_response(204); self.end_headers()

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Sink).serve_forever()
