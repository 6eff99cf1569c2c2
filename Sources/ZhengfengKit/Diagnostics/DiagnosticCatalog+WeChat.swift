extension DiagnosticCatalog {
    /// Where the WeChat examples are: an article exported with `zhengfeng wechat` (checked by
    /// WeChatCatalogExampleTests, not by `zhengfeng check`).
    static let wechatPlace = "zhengfeng wechat："

    // MARK: 公众号导出

    static let wechat: [DiagnosticEntry] = [
        DiagnosticEntry(
            "WECHAT_TITLE_TOO_LONG", .error, .wechat,
            title: "标题超过 32 个字",
            explanation: "公众号文章标题最多 32 个字，超过时草稿箱不接收。请缩短 `title:`。",
            message: "content/news/long.md:2:8: 错误: 文章《秦都区纪委监委召开二〇二六年信访举报工作宣传年活动启动会暨全区纪检监察干部业务能力提升培训班开班仪式》的标题有 46 个字，公众号标题最多 32 个字。请缩短 title:，或删去不必要的字词。 [WECHAT_TITLE_TOO_LONG]",
            wrong: DiagnosticExample(wechatPlace + "content/news/long.md", """
                ---
                title: 秦都区纪委监委召开二〇二六年信访举报工作宣传年活动启动会暨全区纪检监察干部业务能力提升培训班开班仪式
                ---

                正文。
                """),
            fixed: DiagnosticExample(wechatPlace + "content/news/long.md", """
                ---
                title: 秦都区召开信访举报工作宣传年启动会
                ---

                正文。
                """)),
        DiagnosticEntry(
            "WECHAT_AUTHOR_TOO_LONG", .error, .wechat,
            title: "作者超过 16 个字",
            explanation: "公众号作者最多 16 个字。作者取自页面的 `source:`，没有时取 site.yml 的 `wechat.author`；请写简称。",
            message: "content/news/a.md:3:9: 错误: 文章《启动会》的作者“中共咸阳市秦都区纪律检查委员会 咸阳市秦都区监察委员会”有 29 个字，公众号作者最多 16 个字。请在 source:（或 site.yml 的 wechat.author）写简称，例如“秦都区纪委监委”。 [WECHAT_AUTHOR_TOO_LONG]",
            wrong: DiagnosticExample(wechatPlace + "content/news/a.md", """
                ---
                title: 启动会
                source: 中共咸阳市秦都区纪律检查委员会 咸阳市秦都区监察委员会
                ---

                正文。
                """),
            fixed: DiagnosticExample(wechatPlace + "content/news/a.md", """
                ---
                title: 启动会
                source: 秦都区纪委监委
                ---

                正文。
                """)),
        DiagnosticEntry(
            "WECHAT_DIGEST_TOO_LONG", .error, .wechat,
            title: "摘要超过 128 个字",
            explanation: "公众号摘要最多 128 个字。摘要取自 `summary:`（没有时是自动摘要，不会超长）；请缩短。",
            message: "content/news/a.md:3:10: 错误: 文章《启动会》的摘要有 140 个字，公众号摘要最多 128 个字。请把 summary: 缩短到 128 个字以内。 [WECHAT_DIGEST_TOO_LONG]",
            wrong: DiagnosticExample(wechatPlace + "content/news/a.md", """
                ---
                title: 启动会
                summary: 秦都区纪委监委召开信访举报工作宣传年启动会，对全年宣传工作作出安排部署，明确了受理范围、举报途径、实名举报和诬告陷害追责四个宣传重点，要求各街办各部门确定联系人每月报送稿件情况，集中开展进机关进企业进社区进农村活动，并就宣传尺度和防止负面炒作提出明确要求，会议还通报了上一年度信访举报工作情况和群众满意度调查结果。
                ---

                正文。
                """),
            fixed: DiagnosticExample(wechatPlace + "content/news/a.md", """
                ---
                title: 启动会
                summary: 秦都区纪委监委召开信访举报工作宣传年启动会，对全年宣传工作作出安排部署。
                ---

                正文。
                """)),
        DiagnosticEntry(
            "WECHAT_CONTENT_TOO_LONG", .error, .wechat,
            title: "正文超过 20,000 个字符或 1 MB",
            explanation: "公众号正文须少于 20,000 个字符、1 MB，按导出的整段 HTML 计算（标签和排版代码也算）。请把文章拆成上下两篇，或删减长表格和长列表。",
            message: "content/news/report.md:1:1: 错误: 文章《年度报告》导出后有 23418 个字符（61230 字节，含排版代码），公众号正文须少于 20000 个字符、1 MB。请把文章拆成上下两篇，或删减表格和长列表。 [WECHAT_CONTENT_TOO_LONG]",
            wrong: DiagnosticExample(wechatPlace + "content/news/report.md", """
                ---
                title: 年度报告
                ---

                （一万多字的全文，加上几张长表格）
                """),
            fixed: DiagnosticExample(wechatPlace + "content/news/report-1.md 和 report-2.md", """
                ---
                title: 年度报告（上）
                ---

                （前一半，另一半放在“年度报告（下）”）
                """)),
        DiagnosticEntry(
            "WECHAT_EXTERNAL_LINK", .error, .wechat,
            title: "导出后还有外部链接",
            explanation: "公众号编辑器会删掉 mp.weixin.qq.com 以外的链接，所以导出时每个链接都改成文末“引用链接”里的编号。仍然剩下时是 zhengfeng 或模板的问题，请联系技术人员。",
            message: "content/news/a.md:1:1: 错误: 文章《启动会》导出后还有指向 https://www.12388.gov.cn/ 的链接，公众号编辑器会把它删掉。请把它改成普通文字加网址，或联系技术人员。 [WECHAT_EXTERNAL_LINK]",
            wrong: DiagnosticExample("公众号代码片段", """
                <a href="https://www.12388.gov.cn/">网络举报</a>
                """),
            fixed: DiagnosticExample("公众号代码片段", """
                网络举报<sup style="color:#a8171c;font-size:12px">[1]</sup>
                """)),
        DiagnosticEntry(
            "WECHAT_IMAGE_NOT_HTTPS", .warning, .wechat,
            title: "图片地址不是 https",
            explanation: "粘贴到公众号编辑器时，编辑器按网址取图片；`base_url` 不是 https:// 开头时可能取不到。请把网站改成 https。",
            message: "content/news/a.md:7:3: 警告: 文章《启动会》的图片地址以 http://lianzheng.qindu.gov.cn/ 开头，不是 https，公众号编辑器粘贴时可能取不到图片。请把 site.yml 的 base_url 改成 https:// 开头的网址。 [WECHAT_IMAGE_NOT_HTTPS]",
            wrong: DiagnosticExample(wechatPlace + "content/site.yml", """
                title: 清风秦都
                base_url: http://lianzheng.qindu.gov.cn/
                """),
            fixed: DiagnosticExample(wechatPlace + "content/site.yml", """
                title: 清风秦都
                base_url: https://lianzheng.qindu.gov.cn/
                """)),
        DiagnosticEntry(
            "WECHAT_IMAGE_REJECTED", .warning, .wechat,
            title: "公众号编辑器不接收的图片",
            explanation: "公众号编辑器不接收超过 10 MB 的图片、SVG 矢量图和超过 300 帧的动图。请压缩、另存为 PNG/JPEG，或减少帧数。",
            message: "content/news/a.md:7:3: 警告: 文章《启动会》的图片 news/logo.svg 是 SVG 矢量图，公众号编辑器不接收。请另存为 PNG 或 JPEG。 [WECHAT_IMAGE_REJECTED]",
            wrong: DiagnosticExample(wechatPlace + "content/news/a.md", """
                ---
                title: 启动会
                ---

                ![区纪委监委标识](logo.svg)
                """),
            fixed: DiagnosticExample(wechatPlace + "content/news/a.md", """
                ---
                title: 启动会
                ---

                ![区纪委监委标识](logo.png)
                """)),
        DiagnosticEntry(
            "WECHAT_COVER_NOT_FOUND", .error, .wechat,
            title: "找不到封面图片",
            explanation: "`cover:` 写的图片文件不存在。文件名相对于文章所在的文件夹，图片要放在 content 里。",
            message: "content/news/a.md:3:8: 错误: 文章《启动会》的封面 news/cover.jpg 找不到。请检查 cover: 写的文件名（相对于文章所在的文件夹），并把图片放在 content 里。 [WECHAT_COVER_NOT_FOUND]",
            wrong: DiagnosticExample(wechatPlace + "content/news/a.md", """
                ---
                title: 启动会
                cover: cover.jpg
                ---

                正文。
                """),
            fixed: DiagnosticExample(wechatPlace + "content/news/a.md", """
                ---
                title: 启动会
                cover: photo.jpg
                ---

                正文。
                """)),
        DiagnosticEntry(
            "WECHAT_COVER_RATIO", .warning, .wechat,
            title: "封面不是 2.35 : 1",
            explanation: "公众号文章封面按 2.35 : 1 显示，其他比例会被裁掉一部分。请裁成 2.35 : 1（例如 900×383 像素）的 PNG 或 JPEG。",
            message: "content/news/a.md:3:8: 警告: 文章《启动会》的封面 news/square.png 是 800×800 像素（1.00 : 1），公众号封面是 2.35 : 1，会被裁掉一部分。请裁成 2.35 : 1，例如 900×383 像素。 [WECHAT_COVER_RATIO]",
            wrong: DiagnosticExample(wechatPlace + "content/news/a.md", """
                ---
                title: 启动会
                cover: square.png
                ---

                正文。
                """),
            fixed: DiagnosticExample(wechatPlace + "content/news/a.md", """
                ---
                title: 启动会
                cover: wide.png
                ---

                正文。
                """)),
        DiagnosticEntry(
            "WECHAT_PLACEHOLDER", .error, .wechat,
            title: "正式导出时还有待填内容或示例页面",
            explanation: "`zhengfeng wechat --release` 时，文章（或文末的举报途径）里的【待填：…】和 `sample: true` 的示例页面都是错误，不能发到公众号。",
            message: "content/news/a.md:5:5: 错误: 文章《启动会》还有待填内容 【待填：会议地点】，不能正式发到公众号。请换成核实过的真实内容后再导出。 [WECHAT_PLACEHOLDER]",
            wrong: DiagnosticExample(wechatPlace + "content/news/a.md", """
                ---
                title: 启动会
                ---

                会议在【待填：会议地点】召开。
                """),
            fixed: DiagnosticExample(wechatPlace + "content/news/a.md", """
                ---
                title: 启动会
                ---

                会议在区纪委监委三楼会议室召开。
                """)),
        DiagnosticEntry(
            "WECHAT_PAGE_NOT_FOUND", .error, .wechat,
            title: "要导出的页面不存在或不公开",
            explanation: "`zhengfeng wechat` 后面写的页面不存在，或是草稿、内部页面、未到发布日期的页面。请写 content 里的文件路径。",
            message: "content/news/launch.md:1:1: 错误: 没有可以导出的页面“news/launch.md”：它不存在，或是草稿、内部页面、未到发布日期的页面。请写 content 里的文件，例如 news/launch-meeting.md。 [WECHAT_PAGE_NOT_FOUND]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng wechat news/launch.md
                """),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng wechat news/launch-meeting.md
                """)),
        DiagnosticEntry(
            "WECHAT_HTML_UNREADABLE", .error, .wechat,
            title: "网页代码无法转换成公众号格式",
            explanation: "文章生成的网页代码不是规整的 HTML（通常是自制模板或新功能的问题），无法逐个标签改成公众号格式。请把文章文件发给技术人员。",
            message: "content/news/a.md:1:1: 错误: 文章《启动会》生成的网页代码无法转换成公众号格式。这是 zhengfeng 或模板的问题，请把这个文件发给技术人员。 [WECHAT_HTML_UNREADABLE]",
            wrong: DiagnosticExample("网页代码", """
                <p>第一段<p>第二段
                """),
            fixed: DiagnosticExample("网页代码", """
                <p>第一段</p><p>第二段</p>
                """)),
    ]
}
