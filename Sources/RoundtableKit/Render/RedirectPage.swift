import ThemeTemplates

/// The page at a moved page's old address: a meta refresh and a link for readers, a canonical
/// link for search engines, no script, so that it works on any static host and in any browser.
enum RedirectPage {
    static func file(for redirect: Redirect, in site: Site) -> OutputFile {
        let routes = site.routes
        let url = escaped(routes.url(to: redirect.to, from: redirect.from))
        let title = escaped(redirect.title)
        let strings = site.theme.strings
        let html = """
            <!DOCTYPE html>
            <html lang="\(escaped(site.config.language))">
            <head>
            <meta charset="utf-8">
            <title>\(title)</title>
            <link rel="canonical" href="\(escaped(routes.canonicalURL(of: redirect.to)))">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=\(url)">
            </head>
            <body>
            <p>\(escaped(strings.text("redirect.moved"))) <a href="\(url)">\(title)</a>.</p>
            </body>
            </html>

            """
        return OutputFile(path: redirect.from.outputFile, text: html)
    }

    private static func escaped(_ text: String) -> String { HTMLText.escaped(text) }
}
