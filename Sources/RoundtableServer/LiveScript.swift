/// The script and stylesheet added to pages by `serve` (never by `build`): they reload the page
/// when a new build is served and show the build's errors over the page until they are fixed.
/// Served as files under `/__roundtable/`, so the theme's Content-Security-Policy allows them.
enum LiveScript {
    static let javaScript = #"""
        (function () {
          "use strict";
          var script = document.currentScript;
          var shown = script.getAttribute("data-build");
          var root = script.src.replace(/live\.js(\?.*)?$/, "");
          var overlay = null;

          function element(name, className, text) {
            var node = document.createElement(name);
            if (className) node.className = className;
            if (text) node.textContent = text;
            return node;
          }

          function hide() {
            if (overlay) overlay.remove();
            overlay = null;
          }

          function show(data) {
            hide();
            if (!document.querySelector("link[data-roundtable-live]")) {
              var style = element("link");
              style.rel = "stylesheet";
              style.href = root + "live.css";
              style.setAttribute("data-roundtable-live", "");
              document.head.appendChild(style);
            }
            overlay = element("section", "roundtable-live");
            overlay.setAttribute("role", "alert");
            overlay.setAttribute("aria-label", "Build problems");
            var count = data.problems.length;
            var title = count === 1 ? "The build found 1 error" : "The build found " + count + " errors";
            var heading = element("h2", null, title);
            var close = element("button", null, "Hide");
            close.type = "button";
            close.addEventListener("click", hide);
            heading.appendChild(close);
            overlay.appendChild(heading);
            var hint = "This is the last good build. Fix these and save: the page reloads.";
            overlay.appendChild(element("p", null, hint));
            data.problems.forEach(function (problem) {
              var item = element("div", "roundtable-live-problem");
              var where = problem.location ? problem.location + ": " : "";
              var message = where + problem.severity + ": " + problem.message;
              item.appendChild(element("p", "roundtable-live-message", message));
              if (problem.line) {
                // A long line scrolls: focusable, so that the keyboard can scroll it too.
                var line = element("pre", null, problem.line);
                line.tabIndex = 0;
                line.setAttribute("aria-label", "The line " + (problem.location || ""));
                item.appendChild(line);
              }
              if (problem.note) item.appendChild(element("p", "roundtable-live-note", "note: " + problem.note));
              overlay.appendChild(item);
            });
            if (data.note) overlay.appendChild(element("p", "roundtable-live-note", "note: " + data.note));
            document.body.appendChild(overlay);
          }

          var events = new EventSource(root + "events");
          events.addEventListener("build", function (event) {
            var build = JSON.parse(event.data).build;
            if (shown !== build) window.location.reload();
          });
          events.addEventListener("problems", function (event) {
            var data = JSON.parse(event.data);
            if (data.problems.length) show(data); else hide();
          });
        })();

        """#

    static let stylesheet = #"""
        .roundtable-live {
          position: fixed; inset: 0 0 auto 0; z-index: 2147483647; max-height: 70vh; overflow: auto;
          margin: 0; padding: 1rem 1.25rem; box-sizing: border-box;
          background: #2b0b0b; color: #fff4f2; border-bottom: 4px solid #ff6b5b;
          font: 15px/1.45 system-ui, sans-serif; text-align: left;
        }
        .roundtable-live h2 { display: flex; justify-content: space-between; gap: 1rem; margin: 0 0 .5rem;
          font-size: 1.1rem; }
        .roundtable-live button { font: inherit; padding: .2rem .8rem; border: 1px solid #fff4f2; border-radius: 4px;
          background: transparent; color: inherit; cursor: pointer; }
        .roundtable-live p { margin: .25rem 0; }
        .roundtable-live-problem { margin: .75rem 0 0; padding-top: .5rem; border-top: 1px solid #6b2a24; }
        .roundtable-live-message { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
        .roundtable-live pre { margin: .25rem 0; padding: .4rem .6rem; overflow-x: auto; background: #120404;
          font: 14px/1.4 ui-monospace, monospace; white-space: pre; }
        .roundtable-live-note { color: #ffd7cf; }

        """#
}
