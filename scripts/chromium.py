"""Headless Chromium over its DevTools protocol, and a static server for a built site: what
scripts/axe-check and scripts/search-check share."""
import functools, http.server, json, os, socket, subprocess, sys, tempfile, threading, time
import urllib.request

import websocket

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

class Browser:
    def __init__(self):
        port = free_port()
        self.profile = tempfile.mkdtemp()
        self.process = subprocess.Popen(
            ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", f"--remote-debugging-port={port}",
             f"--user-data-dir={self.profile}", "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                tabs = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json"))
                break
            except OSError:
                time.sleep(0.1)
        else:
            sys.exit("chromium did not start")
        page = next(t for t in tabs if t["type"] == "page")
        self.socket = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60)
        self.counter = 0
        # Events that arrived while waiting for an answer (console messages, script errors).
        self.events = []
        self.call("Page.enable")

    def call(self, method, **params):
        self.counter += 1
        self.socket.send(json.dumps({"id": self.counter, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.counter:
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)

    def load(self, url):
        self.call("Page.navigate", url=url)
        while True:
            message = json.loads(self.socket.recv())
            if message.get("method") == "Page.loadEventFired":
                return
            if "method" in message:
                self.events.append(message)

    def close(self):
        self.process.kill()

class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

def serve(directory, base):
    """Serves `directory` at `base` (`/iln/`) on a free port; returns the base URL."""
    served = os.path.abspath(directory)
    if base.strip("/"):
        # A folder whose only entry is the site, under the base path's name.
        served = tempfile.mkdtemp()
        link = os.path.join(served, base.strip("/"))
        os.makedirs(os.path.dirname(link), exist_ok=True)
        os.symlink(os.path.abspath(directory), link)
    handler = functools.partial(Quiet, directory=served)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}{base}"

def served_base(arguments, usage):
    """`BASE_URL PATH...` or `--serve DIR /BASE/ PATH...`: the base URL and the paths."""
    if len(arguments) < 2:
        sys.exit(usage)
    if arguments[0] == "--serve":
        if len(arguments) < 4:
            sys.exit(usage)
        return serve(arguments[1], arguments[2]), arguments[3:]
    return arguments[0], arguments[1:]
