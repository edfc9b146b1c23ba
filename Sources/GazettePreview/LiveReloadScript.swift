/// The script preview pages get before `</body>`: it listens on `/_gazette/live`, reloads the page
/// when its URL changed, swaps stylesheets when only CSS changed, and shows build errors in an
/// overlay that goes away when they are fixed.
enum LiveReloadScript {
    /// The `<script>` element for a page served with `etag`.
    static func element(etag: String) -> String {
        let quoted = etag.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "<script id=\"gazette-live-reload\">\n" + source.replacingOccurrences(of: "__ETAG__", with: quoted)
            + "</script>\n"
    }

    /// Inserts the script into an HTML page, before `</body>` when there is one.
    static func inject(into html: [UInt8], etag: String) -> [UInt8] {
        let script = Array(element(etag: etag).utf8)
        let closing = Array("</body>".utf8)
        if html.count >= closing.count {
            var index = html.count - closing.count
            while index >= 0 {
                if html[index] == UInt8(ascii: "<"), Array(html[index..<(index + closing.count)]) == closing {
                    return Array(html[..<index]) + script + Array(html[index...])
                }
                index -= 1
            }
        }
        return html + script
    }

    static let source = """
        (() => {
          const etag = "__ETAG__";
          let overlay = null;
          const here = () => { try { return decodeURI(location.pathname); } catch (e) { return location.pathname; } };
          function showErrors(errors) {
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.id = "gazette-error-overlay";
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
                "background:rgba(20,20,20,.94);color:#f8f8f2;font:14px/1.6 ui-monospace,Menlo,Consolas,monospace";
              document.body.appendChild(overlay);
            }
            overlay.innerHTML = "";
            const title = document.createElement("p");
            title.textContent = "Gazette: the last edit does not build. The page shows the last good version.";
            title.style.cssText = "margin:0 0 1rem;color:#ff8a80;font-weight:bold";
            overlay.appendChild(title);
            for (const error of errors) {
              const line = document.createElement("pre");
              line.className = "gazette-diagnostic";
              line.textContent = error;
              line.style.cssText = "margin:0 0 .5rem;white-space:pre-wrap";
              overlay.appendChild(line);
            }
          }
          function hideErrors() { if (overlay) { overlay.remove(); overlay = null; } }
          function connect() {
            const source = new EventSource("/_gazette/live");
            source.addEventListener("hello", (event) => {
              const data = JSON.parse(event.data);
              if (data.errors.length) { showErrors(data.errors); } else { hideErrors(); }
              fetch(location.href, { method: "HEAD", cache: "no-store" }).then((response) => {
                const current = response.headers.get("ETag");
                if (current && current !== etag) { location.reload(); }
              }).catch(() => {});
            });
            source.addEventListener("errors", (event) => showErrors(JSON.parse(event.data).errors));
            source.addEventListener("reload", (event) => {
              const data = JSON.parse(event.data);
              hideErrors();
              if (data.all || data.urls.includes(here())) { location.reload(); }
            });
            source.addEventListener("css", () => {
              hideErrors();
              for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
                const url = new URL(link.href);
                url.searchParams.set("gazette", Date.now().toString());
                link.href = url.href;
              }
            });
          }
          connect();
        })();

        """
}
