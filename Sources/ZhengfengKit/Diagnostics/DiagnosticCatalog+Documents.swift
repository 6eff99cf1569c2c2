extension DiagnosticCatalog {
    // MARK: 表格、插图和附件

    static let documents: [DiagnosticEntry] = [
        DiagnosticEntry(
            "TABLE_RAGGED", .error, .documents,
            title: "表格各行格数不同",
            explanation: "表格块里某一行的格数和第 1 行不同，网站无法排成整齐的表格。空格子也要用逗号（或 Tab）留出位置；单元格里有英文逗号时，把整个单元格用英文双引号括起来。",
            message: "content/news/stats.md:10:1: 错误: 表格第 3 行有 2 格，而第 1 行有 3 格。请让每一行的格数相同：空格子也要留出位置（用逗号或 Tab 隔开），单元格里的英文逗号要把整个单元格用英文双引号括起来。 [TABLE_RAGGED]",
            wrong: DiagnosticExample("content/news/stats.md", """
                ```表格 标题="2026年一季度受理情况"
                月份,来信,来访
                一月,12,3
                二月,8
                ```
                """),
            fixed: DiagnosticExample("content/news/stats.md", """
                ```表格 标题="2026年一季度受理情况"
                月份,来信,来访
                一月,12,3
                二月,8,0
                ```
                """)),
        DiagnosticEntry(
            "TABLE_EMPTY", .error, .documents,
            title: "表格是空的",
            explanation: "```表格 和 ``` 之间没有内容。把从 Excel/WPS 复制的单元格粘贴进去，或删除这个表格块。",
            message: "content/news/stats.md:5:1: 错误: 表格是空的。请把表格内容（从 Excel 或 WPS 复制的单元格）粘贴在 ```表格 和 ``` 两行之间，或删除这个表格。 [TABLE_EMPTY]",
            wrong: DiagnosticExample("content/news/stats.md", """
                ```表格 标题="受理情况"
                ```
                """),
            fixed: DiagnosticExample("content/news/stats.md", """
                ```表格 标题="受理情况"
                月份,来信,来访
                一月,12,3
                ```
                """)),
        DiagnosticEntry(
            "TABLE_QUOTE_UNCLOSED", .error, .documents,
            title: "表格里的英文引号没有配对",
            explanation: "表格中有一个英文双引号 `\"` 开了头却没有结尾，它后面的所有内容都被当成了同一个单元格。补上结尾的引号，或改用中文引号“”。",
            message: "content/news/stats.md:7:4: 错误: 表格在这一行有一个英文双引号 \" 没有配对，后面的内容都被当成了同一个单元格。请补上结尾的 \"，或把引号改成中文引号“”。 [TABLE_QUOTE_UNCLOSED]",
            wrong: DiagnosticExample("content/news/stats.md", """
                ```表格
                单位,负责人
                区卫健局,"王某
                区教育局,李某
                ```
                """),
            fixed: DiagnosticExample("content/news/stats.md", """
                ```表格
                单位,负责人
                区卫健局,王某
                区教育局,李某
                ```
                """)),
        DiagnosticEntry(
            "TABLE_QUOTE", .error, .documents,
            title: "表格单元格中间有英文引号",
            explanation: "逗号分隔的表格里，英文双引号只能括住整个单元格。单元格中间要用引号时，请用中文引号“”；或把整个单元格用英文引号括起来，里面的英文引号写两遍。",
            message: "content/news/stats.md:7:1: 错误: 表格这一行的单元格中间有英文双引号 \"。请改用中文引号“”；或把整个单元格用英文双引号括起来，里面的引号写两遍（\"关于\"\"清风\"\"行动\"）。 [TABLE_QUOTE]",
            wrong: DiagnosticExample("content/news/stats.md", """
                ```表格
                活动,次数
                开展"清风"行动,3
                ```
                """),
            fixed: DiagnosticExample("content/news/stats.md", """
                ```表格
                活动,次数
                开展“清风”行动,3
                ```
                """)),
        DiagnosticEntry(
            "TABLE_OPTION", .error, .documents,
            title: "表格设置写错了",
            explanation: "```表格 后面只能写这几项设置：`标题=\"表格标题\"`、`表头=1`（表头占几行，0 表示没有表头）、`行标题=是/否`（每行第一格是否为该行的标题）、`对齐=左右右`（每列一个字：左、中、右）。",
            message: "content/news/stats.md:5:1: 错误: 表格第一行的设置有误：不认识“名称”，可用的是 标题、表头、行标题、对齐。写法例如：```表格 标题=\"2026年受理情况\" 表头=1 对齐=左右右 [TABLE_OPTION]",
            wrong: DiagnosticExample("content/news/stats.md", """
                ```表格 名称="受理情况"
                月份,来信
                一月,12
                ```
                """),
            fixed: DiagnosticExample("content/news/stats.md", """
                ```表格 标题="受理情况"
                月份,来信
                一月,12
                ```
                """)),
        DiagnosticEntry(
            "MARKDOWN_PIPE_TABLE", .warning, .documents,
            title: "竖线表格不会显示成表格",
            explanation: "用竖线 `|` 和 `---` 画的表格（其他 Markdown 编辑器的写法）在网站上显示成一段带竖线的文字。请改用表格块：```表格 开头，粘贴单元格，``` 结尾。",
            message: "content/news/stats.md:5:1: 警告: 这里像是用竖线 | 画的表格（“| 月份 | 来信 |”），网站不支持这种写法，会显示成一段带竖线的文字。请改用表格块：第一行写 ```表格，接着粘贴从 Excel/WPS 复制的单元格（或用逗号分隔每一格），最后一行写 ```。 [MARKDOWN_PIPE_TABLE]",
            wrong: DiagnosticExample("content/news/stats.md", """
                | 月份 | 来信 |
                |------|------|
                | 一月 | 12   |
                """),
            fixed: DiagnosticExample("content/news/stats.md", """
                ```表格
                月份,来信
                一月,12
                ```
                """)),
        DiagnosticEntry(
            "MARKDOWN_FOOTNOTE", .warning, .documents,
            title: "不支持脚注",
            explanation: "`[^1]` 这样的脚注在网站上原样显示成方括号文字。请把注释写进正文的括号里，或在文末写一段“注：”。",
            message: "content/news/law.md:5:9: 警告: 网站不支持脚注“[^1]”，会原样显示成方括号文字。请把注释直接写进正文的括号里，或写在文末“注：”一段中。 [MARKDOWN_FOOTNOTE]",
            wrong: DiagnosticExample("content/news/law.md", """
                依据《监察法》[^1]开展工作。

                [^1]: 2018年3月20日第十三届全国人民代表大会第一次会议通过。
                """),
            fixed: DiagnosticExample("content/news/law.md", """
                依据《监察法》（2018年3月20日第十三届全国人民代表大会第一次会议通过）开展工作。
                """)),
        DiagnosticEntry(
            "MARKDOWN_INDENTED_PROSE", .warning, .documents,
            title: "段首缩进把文字变成了代码",
            explanation: "段落前面有 4 个以上空格或一个 Tab（从 Word 复制时常带着首行缩进），Markdown 会把它显示成灰底等宽的“代码”。删除段首的空格或 Tab 即可，段落之间空一行，网站自动排版。",
            message: "content/news/meeting.md:7:1: 警告: 这段文字（“会议强调，要持续深化作风建设。”）前面有 4 个以上空格或 Tab（常见于从 Word 复制的首行缩进），会被显示成灰底等宽的“代码”。请删除段首的空格或 Tab；段落之间空一行即可，网站会自动排版。 [MARKDOWN_INDENTED_PROSE]",
            wrong: DiagnosticExample("content/news/meeting.md", """
                区纪委监委召开全体会议。

                    会议强调，要持续深化作风建设。
                """),
            fixed: DiagnosticExample("content/news/meeting.md", """
                区纪委监委召开全体会议。

                会议强调，要持续深化作风建设。
                """)),
        DiagnosticEntry(
            "IMAGE_TOO_LARGE", .warning, .documents,
            title: "图片文件太大",
            explanation: "图片超过 1 MB，手机上打开慢、耗流量。发布前把图片缩小（宽 1600 像素以内，或另存为质量 80% 左右的 JPEG）。",
            message: "content/news/activity.md:5:14: 警告: 图片 content/news/现场.jpg 有 4.6 MB，手机上打开很慢、耗流量。请把它缩小到 1 MB 以内再放进来（例如用画图“重新调整大小”为宽 1600 像素，或另存为质量 80% 的 JPEG）。 [IMAGE_TOO_LARGE]",
            wrong: DiagnosticExample(DiagnosticExample.folder, "content/news/现场.jpg   （相机原图，4.6 MB）"),
            fixed: DiagnosticExample(DiagnosticExample.folder, "content/news/现场.jpg   （缩小后，380 KB）")),
        DiagnosticEntry(
            "ATTACHMENT_MISSING", .error, .documents,
            title: "附件文件不存在",
            explanation: "设置区 `attachments:` 里列的文件找不到。把文件放在页面所在的文件夹里，或改正 `file:` 后面的文件名（路径相对于页面，上一级用 `../`）。",
            message: "content/news/notice.md:5:5: 错误: 附件“登记表.docx”找不到。请把文件放在本页所在的文件夹里（或改正 file: 后面的文件名，路径相对于本页）。 [ATTACHMENT_MISSING]",
            wrong: DiagnosticExample("content/news/notice.md", """
                ---
                title: 关于公布举报方式的通知
                attachments:
                  - title: 信访举报登记表
                    file: 登记表.docx
                ---

                现将有关事项通知如下。
                """),
            fixed: DiagnosticExample("content/news/notice.md（制度汇编.pdf 在 content/about/ 里）", """
                ---
                title: 关于公布举报方式的通知
                attachments:
                  - title: 制度汇编
                    file: ../about/制度汇编.pdf
                ---

                现将有关事项通知如下。
                """)),
        DiagnosticEntry(
            "ATTACHMENTS_FORMAT", .error, .documents,
            title: "附件列表写法不对",
            explanation: "`attachments:` 要写成列表：每个附件一项，以“- ”开头，写 `title:`（显示的名称）和 `file:`（文件名）；只写文件名也可以（`- 登记表.docx`）。",
            message: "content/news/notice.md:3:14: 错误: attachments 要写成列表：每个附件一项，以“- ”开头，下一行写“  file: 文件名”，或只写“- 文件名”。 [ATTACHMENTS_FORMAT]",
            wrong: DiagnosticExample("content/news/notice.md", """
                ---
                title: 关于公布举报方式的通知
                attachments: ../about/制度汇编.pdf
                ---

                现将有关事项通知如下。
                """),
            fixed: DiagnosticExample("content/news/notice.md", """
                ---
                title: 关于公布举报方式的通知
                attachments:
                  - ../about/制度汇编.pdf
                ---

                现将有关事项通知如下。
                """)),
            DiagnosticEntry(
            "NEW_SECTION_UNKNOWN", .error, .scaffold,
            title: "没有这个栏目",
            explanation: "`zhengfeng new` 的第一个参数要是已有的栏目文件夹（如 news、notices），写错时什么也不新建，并列出现有栏目。要新建栏目，先在 content 里建文件夹并写 `_index.md`。",
            message: "content/nwes:1:1: 错误: 没有“nwes”这个栏目，未新建任何文件。现有栏目：channels、news、notices。请从中选一个，例如 zhengfeng new channels 三月工作动态；要新建栏目，请先在 content 里建文件夹并写 _index.md。 [NEW_SECTION_UNKNOWN]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng new nwes 三月工作动态
                """),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng new news 三月工作动态
                """)),
    ]
}
