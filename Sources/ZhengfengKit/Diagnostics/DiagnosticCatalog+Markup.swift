extension DiagnosticCatalog {
    // MARK: 编辑常犯的链接、HTML 和设置区写法错误（分列在各自的组里）

    static let markup: [DiagnosticEntry] = [
        DiagnosticEntry(
            "YAML_FULLWIDTH_COLON", .error, .frontMatter,
            title: "设置项后面用了中文冒号",
            explanation: "设置项后面写成了中文输入法的全角冒号 `：`（`title：标题`），zhengfeng 读不出这一行。设置项后面要用英文冒号加一个空格：`title: 标题`。消息指向那个冒号，并给出改好的整行。",
            message: "content/news/march.md:2:6: 错误: 设置项“title”后面用了中文冒号“：”，zhengfeng 读不出这一行。设置项后面要用英文冒号加一个空格，请写成：title: 三月工作动态 [YAML_FULLWIDTH_COLON]",
            wrong: DiagnosticExample("content/news/march.md", """
                ---
                title：三月工作动态
                ---

                本月，区纪委监委召开警示教育大会。
                """),
            fixed: DiagnosticExample("content/news/march.md", """
                ---
                title: 三月工作动态
                ---

                本月，区纪委监委召开警示教育大会。
                """)),
        DiagnosticEntry(
            "YAML_QUOTE_NOT_WHOLE_VALUE", .error, .frontMatter,
            title: "值以英文引号开头，引号后面还有字",
            explanation: "值以英文引号开头（`title: \"清风\"行动`）时，YAML 把两个引号之间的字当成整个值，引号后面的字就成了错误。请把英文引号改成中文引号（`title: “清风”行动`）；一定要用英文引号时，把整个值再用另一种英文引号括起来（`title: '\"清风\"行动'`）。",
            message: "content/news/launch.md:2:8: 错误: “title”的值以英文引号开头，zhengfeng 把引号里的“清风”当成了整个值，后面的“行动启动”就多出来了。请把英文引号改成中文引号：title: “清风”行动启动；一定要用英文引号时，把整个值再括起来：title: '\"清风\"行动启动' [YAML_QUOTE_NOT_WHOLE_VALUE]",
            wrong: DiagnosticExample("content/news/launch.md", """
                ---
                title: "清风"行动启动
                ---

                区纪委监委召开“清风”行动启动会。
                """),
            fixed: DiagnosticExample("content/news/launch.md", """
                ---
                title: “清风”行动启动
                ---

                区纪委监委召开“清风”行动启动会。
                """)),
        DiagnosticEntry(
            "TITLE_MARKUP", .warning, .frontMatter,
            title: "标题里有 HTML 或 Markdown 标记",
            explanation: "标题（`title:`）总是原样显示成文字：`<b>`、`<br>`、`**加粗**`、`[链接](…)` 这些标记不会变成格式，会连同尖括号、星号一起出现在网页、目录和印刷品上。标题只写文字。",
            message: "content/notices/notice.md:2:8: 警告: 标题里的“<b>”不会变成格式，会原样显示在网页、目录和印刷品上。标题请只写文字：关于开展“清风”行动的通知 [TITLE_MARKUP]",
            wrong: DiagnosticExample("content/notices/notice.md", """
                ---
                title: 关于开展<b>“清风”行动</b>的通知
                ---

                现将有关事项通知如下。
                """),
            fixed: DiagnosticExample("content/notices/notice.md", """
                ---
                title: 关于开展“清风”行动的通知
                ---

                现将有关事项通知如下。
                """)),
        DiagnosticEntry(
            "LINK_LOCAL_PATH", .error, .links,
            title: "链接指向本机电脑上的文件",
            explanation: "链接写成了本机电脑上的位置：`C:\\…`、`D:/…`、共享文件夹 `\\\\服务器\\…`、`file://…`，或用反斜杠 `\\` 分隔的文件夹（`附件\\表.pdf`）。读者的电脑和手机上没有这个文件。把文件复制到 content 里本页所在的文件夹，链接只写文件名（`[举报须知](举报须知.pdf)`）；文件夹之间用斜杠 `/`。",
            message: "content/notices/notice.md:5:14: 错误: 链接“C:\\Users\\办公室\\Desktop\\举报须知.pdf”是本机电脑上的文件位置，读者的电脑和手机上没有这个文件，点开是空的。请把 举报须知.pdf 复制到 content 里本页所在的文件夹，再写成 [举报须知](举报须知.pdf)。 [LINK_LOCAL_PATH]",
            wrong: DiagnosticExample("content/notices/notice.md", """
                ---
                title: 关于开展“清风”行动的通知
                ---

                请下载并阅读[举报须知](C:\\Users\\办公室\\Desktop\\举报须知.pdf)。
                """),
            fixed: DiagnosticExample("content/notices/notice.md（举报须知.pdf 复制到了 content/notices/）", """
                ---
                title: 关于开展“清风”行动的通知
                ---

                请下载并阅读[举报须知](举报须知.pdf)。
                """)),
        DiagnosticEntry(
            "MARKDOWN_HTML", .warning, .documents,
            title: "正文里的 HTML 不会显示",
            explanation: "出于安全，正文里的 HTML 一律不显示：段落中的标记（`<br>`、`<font color=\"red\">`）被去掉，文字保留；单独成段的 HTML（`<table>…`、`<img …>`）整段去掉，连同其中的文字。消息指出去掉了什么、该怎么写：换行空一行，强调用 `**加粗**`，图片用 `![说明](文件名.jpg)`，表格用表格块。`<!-- 注释 -->` 本来就不显示，不提示。",
            message: "content/channels/phone.md:5:11: 警告: HTML 标记“<br>”不会显示，已被去掉（它前后的文字照常显示）。要换行请空一行，另起一段。 [MARKDOWN_HTML]",
            wrong: DiagnosticExample("content/channels/phone.md", """
                ---
                title: 电话举报
                ---

                举报电话：12388<br>接听时间见下文。

                <font color="red">请如实反映问题。</font>
                """),
            fixed: DiagnosticExample("content/channels/phone.md", """
                ---
                title: 电话举报
                ---

                举报电话：12388。

                接听时间见下文。

                **请如实反映问题。**
                """)),
    ]
}
