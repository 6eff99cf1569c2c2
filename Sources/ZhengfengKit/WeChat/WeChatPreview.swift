import Foundation

/// The export folder's pages for editors: an index listing every article with its check
/// results, and per article a preview of the fragment at phone width with a 复制 button
/// (script in a file, no inline script: the pages carry a Content-Security-Policy) and how
/// to copy by hand. Links between them are relative, so the folder opens from file://.
enum WeChatPreview {
    static let stylesheet = "assets/wechat.css"
    static let script = "assets/copy.js"

    static func write(_ articles: [WeChatArticle], diagnostics: [Diagnostic], to sink: OutputSink) throws {
        try sink.write(css, to: stylesheet)
        try sink.write(javascript, to: script)
        try sink.write(index(articles, diagnostics: diagnostics), to: "index.html")
        for article in articles {
            try sink.write(article.fragment, to: article.folder + "fragment.html")
            try sink.write(page(article), to: article.folder + "index.html")
        }
    }

    /// `../` as often as `folder` is deep.
    static func up(_ folder: String) -> String {
        String(repeating: "../", count: folder.split(separator: "/").count)
    }

    static func document(title: String, root: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; style-src 'self' 'unsafe-inline'; script-src 'self'">
        <meta name="robots" content="noindex">
        <title>\(HTMLText.escape(title))</title>
        <link rel="stylesheet" href="\(root)\(stylesheet)">
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    static func status(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        if errors == 0 && warnings == 0 { return "<span class=\"ok\">通过</span>" }
        return "<span class=\"problem\">\(errors) 个错误，\(warnings) 个警告</span>"
    }

    static func index(_ articles: [WeChatArticle], diagnostics: [Diagnostic]) -> String {
        var rows = ""
        for article in articles {
            rows += "<tr><td><a href=\"\(article.folder)index.html\">\(HTMLText.escape(article.source.title))</a></td>"
                + "<td>\(HTMLText.escape(article.source.sourcePath))</td>"
                + "<td>\(article.characters) / \(WeChatLimits.contentCharacters)</td>"
                + "<td>\(status(article.diagnostics))</td></tr>\n"
        }
        let body = """
        <main>
        <h1>公众号文章导出</h1>
        <p>共 \(articles.count) 篇文章。点文章标题打开预览，再按“复制”把正文贴到公众号编辑器里。字符数按公众号的算法计入排版代码，须少于 \(WeChatLimits.contentCharacters)。</p>
        <table>
        <caption>文章和检查结果</caption>
        <thead><tr><th scope="col">标题</th><th scope="col">文件</th><th scope="col">字符数</th><th scope="col">检查</th></tr></thead>
        <tbody>
        \(rows)</tbody>
        </table>
        </main>
        """
        return document(title: "公众号文章导出", root: "", body: body)
    }

    static func page(_ article: WeChatArticle) -> String {
        let source = article.source
        let root = up(article.folder)
        var problems = ""
        for diagnostic in article.diagnostics.sortedForDisplay() {
            problems += "<li>\(HTMLText.escape(diagnostic.description))</li>\n"
        }
        let checks = problems.isEmpty ? "<p class=\"ok\">全部检查通过。</p>" : "<ul class=\"problems\">\n\(problems)</ul>"
        let cover = source.cover.map { HTMLText.escape($0.contentPath) } ?? "未设置（在设置区写 cover: 图片文件名，2.35 : 1）"
        let body = """
        <main>
        <p><a href="\(root)index.html">← 全部文章</a></p>
        <h1>\(HTMLText.escape(source.title))</h1>
        <dl class="fields">
        <dt>标题</dt><dd>\(HTMLText.escape(source.title))（\(source.title.count) / \(WeChatLimits.title) 字）</dd>
        <dt>作者</dt><dd>\(HTMLText.escape(source.author))（\(source.author.count) / \(WeChatLimits.author) 字）</dd>
        <dt>摘要</dt><dd>\(HTMLText.escape(source.digest))（\(source.digest.count) / \(WeChatLimits.digest) 字）</dd>
        <dt>原文链接</dt><dd>\(HTMLText.escape(source.canonicalURL))</dd>
        <dt>封面</dt><dd>\(cover)</dd>
        <dt>正文</dt><dd>\(article.characters) / \(WeChatLimits.contentCharacters) 个字符，\(article.fragment.utf8.count) 字节</dd>
        </dl>
        <h2>检查结果</h2>
        \(checks)
        <h2>复制到公众号</h2>
        <p><button type="button" id="copy" hidden>复制正文</button> <span id="copy-status" role="status" aria-live="polite"></span></p>
        <details>
        <summary>不能自动复制时，手动复制的方法</summary>
        <ol>
        <li>用鼠标从下面手机框里正文的第一个字拖到最后一个字，选中全部正文（或点一下正文后按 Ctrl+A）。</li>
        <li>按 Ctrl+C（苹果电脑按 ⌘+C）复制。</li>
        <li>打开公众号后台“新的创作 → 写新图文”，点正文区域，按 Ctrl+V 粘贴。</li>
        <li>把上面的标题、作者、摘要和原文链接分别填到编辑器对应的位置，再上传封面。</li>
        </ol>
        <p>也可以用文本编辑器打开同一文件夹里的 fragment.html，那是要粘贴的代码本身。</p>
        </details>
        <h2>手机预览</h2>
        <div class="phone">
        <div id="fragment">\(article.fragment)</div>
        </div>
        </main>
        <script src="\(root)\(script)"></script>
        """
        return document(title: source.title + " · 公众号预览", root: root, body: body)
    }

    static let css = """
    body { margin: 0; padding: 1rem; background: #f5f1ec; color: #1f1f1f; font: 16px/1.7 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
    main { max-width: 56rem; margin: 0 auto; }
    h1 { color: #a8171c; font-size: 1.5rem; }
    h2 { font-size: 1.15rem; margin-top: 1.5rem; }
    a { color: #7d0f13; }
    table { border-collapse: collapse; width: 100%; background: #fffdf9; }
    th, td { border: 1px solid #e3dcd5; padding: .4rem .6rem; text-align: left; }
    caption { text-align: left; font-weight: bold; padding: .4rem 0; }
    .ok { color: #1d6b32; }
    .problem, .problems { color: #8e1216; }
    .fields { display: grid; grid-template-columns: 6em 1fr; gap: .3rem .8rem; }
    .fields dt { font-weight: bold; }
    .fields dd { margin: 0; word-break: break-all; }
    #copy { min-height: 44px; padding: 0 1.2rem; font-size: 1rem; background: #a8171c; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
    #copy:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
    .phone { width: 375px; max-width: 100%; margin: 1rem 0; padding: 16px; box-sizing: border-box; background: #fff; border: 8px solid #3a2a24; border-radius: 24px; }

    """

    static let javascript = """
    // 复制按钮：把手机框里的正文以富文本（HTML）放到剪贴板，粘贴到公众号编辑器时保留排版。
    (function () {
      'use strict';
      var button = document.getElementById('copy');
      var status = document.getElementById('copy-status');
      var target = document.getElementById('fragment');
      if (!button || !target) { return; }
      button.hidden = false;
      button.addEventListener('click', function () {
        var html = target.innerHTML;
        var onCopy = function (event) {
          event.clipboardData.setData('text/html', html);
          event.clipboardData.setData('text/plain', target.innerText);
          event.preventDefault();
        };
        document.addEventListener('copy', onCopy);
        var copied = false;
        try { copied = document.execCommand('copy'); } catch (error) { copied = false; }
        document.removeEventListener('copy', onCopy);
        status.textContent = copied
          ? '已复制。请到公众号编辑器的正文里粘贴（Ctrl+V）。'
          : '没能自动复制，请按下面“手动复制的方法”操作。';
      });
    })();

    """
}
