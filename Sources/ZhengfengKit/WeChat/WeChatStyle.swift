/// The inline styles of a WeChat fragment, in the site's colours (site.css: red #a8171c,
/// gold #c9a35a, ink #1f1f1f, never pure black). Kept short on purpose: the draft API counts
/// every character of the HTML, styles included, against its 20,000-character limit, so the
/// font size, colour and line height are set once on the outer `<section>` and inherited.
enum WeChatStyle {
    static let ink = "#1f1f1f"
    static let red = "#a8171c"
    static let muted = "#666"
    static let line = "#e3dcd5"

    /// Body text size in px (the editor shows 15–17 px best).
    static let bodySize = 16
    /// The outer section: everything inherits font size, colour and line height from it.
    static let root = "font-size:\(bodySize)px;line-height:1.75;color:\(ink);word-wrap:break-word"
    static let paragraph = "margin:0 0 1em"
    static let heading2 = "margin:1.5em 0 .8em;padding-left:8px;border-left:4px solid \(red);font-size:18px;color:\(red)"
    static let heading3 = "margin:1.3em 0 .6em;font-size:17px;color:\(red)"
    static let heading4 = "margin:1.2em 0 .5em;font-size:16px;color:#7d0f13"
    static let list = "margin:0 0 1em;padding-left:.5em;list-style:none"
    static let nestedList = "margin:.2em 0;padding-left:1.2em;list-style:none"
    /// A paragraph inside a (loose) list item.
    static let listParagraph = "margin:0 0 .4em"
    static let listItem = "margin:.2em 0"
    /// A list item below the second level (the editor breaks deeper lists), as a line.
    static let deepItem = "margin:.2em 0 .2em 1em"
    static let quote = "margin:0 0 1em;padding:.6em 1em;border-left:3px solid #c9a35a;background:#fbf7ef;color:#4a4a4a"
    static let pre = "margin:0 0 1em;padding:.8em;background:#f6f4f1;font-size:14px;white-space:pre-wrap;overflow-x:auto"
    static let code = "padding:0 .2em;background:#f6f4f1;font-size:90%"
    static let tableScroller = "overflow-x:auto;margin:0 0 1em"
    static let table = "width:100%;border-collapse:collapse;font-size:15px"
    static let caption = "margin-bottom:.4em;font-weight:bold;color:\(red)"
    static let headerCell = "padding:.4em;border:1px solid \(line);background:#fbeeee;text-align:left"
    static let cell = "padding:.4em;border:1px solid \(line)"
    static let figure = "margin:0 0 1em;text-align:center"
    static let image = "max-width:100%;height:auto"
    static let figcaption = "margin-top:.4em;font-size:14px;color:\(muted)"
    static let rule = "margin:1.5em 0;border:0;border-top:1px solid \(line)"
    static let strong = "color:\(red)"
    static let link = "color:\(red)"
    static let reference = "color:\(red);font-size:12px"
    static let referencesBlock = "margin-top:2em;padding-top:.8em;border-top:1px solid \(line);font-size:14px;color:\(muted)"
    static let referencesTitle = "margin:0 0 .4em;font-weight:bold"
    static let referenceItem = "margin:0 0 .3em;word-break:break-all"
    static let ending = "margin-top:2em;padding:1em;background:#fbeeee;font-size:15px"
    static let endingLine = "margin:0 0 .3em"
}
