import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * The hosts the test sites use; Chromium maps each to 127.0.0.1 (--host-resolver-rules), so no request leaves the
 * machine. Hosts on Chromium's HSTS preload list (connect.facebook.net, www.google-analytics.com) are asked for over
 * https, which this server does not answer: the request is still made, and seen, but what their scripts would do the
 * pages do themselves.
 */
export const testHosts = [
  "shop.test",
  "static.shop.test",
  "big.test",
  "redirect.test",
  "trap.test",
  "elsewhere.test",
  "fonts.gstatic.com",
  "connect.facebook.net",
  "www.google-analytics.com",
  "widget.unknown.test",
];

type Handler = (path: string, port: number) => { status?: number; type?: string; body: string; headers?: Record<string, string> } | undefined;

const html = (body: string) => ({
  type: "text/html; charset=utf-8",
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`,
});

/** A shop with Google Fonts (undeclared), the Meta Pixel (declared), a cookie banner, and pages behind robots.txt. */
const shop: Handler = (path, port) => {
  const third = (host: string) => `http://${host}:${port}`;
  switch (path) {
    case "/robots.txt":
      return { type: "text/plain", body: "User-agent: *\nDisallow: /private\n" };
    case "/":
      return html(`
        <link rel="stylesheet" href="${third("fonts.gstatic.com")}/font.css">
        <script src="${third("connect.facebook.net")}/fbevents.js"></script>
        <script>document.cookie = "sid=1; path=/"; /* as the pixel's snippet does, before loading it */ document.cookie = "_fbp=fb.1.1; path=/";</script>
        <button id="accept" onclick="document.cookie='_ga=GA1.1.1; path=/'; var s=document.createElement('script'); s.src='${third("www.google-analytics.com")}/g.js'; document.body.append(s);">Accept all</button>
        <a href="/privacy">Privacy policy</a> <a href="/about">About us</a> <a href="/private/area">Members</a>
        <a href="https://elsewhere.example/">Partner</a>
        <form action="/order" method="post"><input name="q"><button>Order</button></form>`);
    case "/privacy":
      return html("<h1>Privacy</h1>");
    case "/about":
      return html(
        `<h1>About</h1><script src="${third("widget.unknown.test")}/w.js"></script><iframe src="${third("static.shop.test")}/frame" title="shop widget"></iframe>`,
      );
    case "/private/area":
      return html("<h1>Private</h1>");
    case "/order":
      return { status: 500, ...html("the scan must never submit a form") };
    default:
      return undefined;
  }
};

/** 500 pages, each linking to all the others' first twenty and to the next. */
const big: Handler = (path) => {
  const match = /^\/(?:page\/(\d+))?$/.exec(path);
  if (match === null) return path === "/robots.txt" ? undefined : undefined;
  const n = Number(match[1] ?? 0);
  const links = [...Array.from({ length: 20 }, (_, i) => i), n + 1].filter((i) => i < 500).map((i) => `<a href="/page/${i}">${i}</a>`);
  return html(links.join(" "));
};

/** Pages that try what a scan must survive: dialogs on load, a download, a pop-up to another host. */
const trap: Handler = (path) => {
  switch (path) {
    case "/":
      return html('<a href="/dialogs">Dialogs</a> <a href="/file">File</a> <a href="/popup">Pop-up</a>');
    case "/dialogs":
      return html("<script>alert('hello'); confirm('sure?'); prompt('name?');</script><p>after the dialogs</p>");
    case "/file":
      return { type: "application/octet-stream", headers: { "content-disposition": 'attachment; filename="data.bin"' }, body: "binary" };
    case "/popup":
      return html("<script>window.open('http://elsewhere.test/', '_blank'); location.href = 'http://elsewhere.test/';</script>");
    default:
      return undefined;
  }
};

const thirdParty: Record<string, Handler> = {
  "fonts.gstatic.com": () => ({ type: "text/css", body: "body { color: black }" }),
  "connect.facebook.net": () => ({ type: "text/javascript", body: 'document.cookie = "_fbp=fb.1.1; path=/";' }),
  "www.google-analytics.com": () => ({ type: "text/javascript", body: "window.gaLoaded = true;" }),
  "widget.unknown.test": () => ({ type: "text/javascript", body: "window.widget = true;" }),
  // The shop's own other host, embedded in a frame: its storage is the site's too.
  "static.shop.test": (path) => (path === "/frame" ? html("<script>localStorage.setItem('widget_state', 'open');</script>") : undefined),
  "redirect.test": (path, port) => (path === "/" ? { status: 302, headers: { location: `http://shop.test:${port}/` }, body: "" } : undefined),
};

export interface TestSites {
  readonly port: number;
  /** Chromium's flag that sends every test host to this server. */
  readonly browserArgs: readonly string[];
  /** What the server was asked for, as "METHOD host path". */
  readonly log: readonly string[];
  readonly close: () => Promise<void>;
}

export async function startTestSites(): Promise<TestSites> {
  const log: string[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const port = (server.address() as AddressInfo).port;
    const host = (request.headers.host ?? "").replace(/:\d+$/, "");
    const path = new URL(request.url ?? "/", "http://x").pathname;
    log.push(`${request.method} ${host} ${path}`);
    const handler = host === "shop.test" ? shop : host === "big.test" ? big : host === "trap.test" ? trap : thirdParty[host];
    const answer = handler?.(path, port);
    if (answer === undefined) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(answer.status ?? 200, { "content-type": answer.type ?? "text/plain", ...answer.headers }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    browserArgs: [`--host-resolver-rules=${testHosts.map((host) => `MAP ${host} 127.0.0.1`).join(", ")}`],
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A port on 127.0.0.1 that nothing listens on (one a server had a moment ago), for an unreachable site. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
