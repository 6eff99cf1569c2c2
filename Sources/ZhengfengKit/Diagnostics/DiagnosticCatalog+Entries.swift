extension DiagnosticCatalog {
    /// Every code, in the order of docs/diagnostics.md (grouped by `group`, in table order).
    /// To add a code: add an entry to its group here, then run `make docs`.
    public static let entries: [DiagnosticEntry] = files + frontMatter + urls + config + links + documents + privacy
        + notices + lists + lifecycle + templates + printing + preflight + wechat + campaign + scaffold + commands + inspection + markup + scopeCheck

    // MARK: 文件和编码

    static let files: [DiagnosticEntry] = [
        DiagnosticEntry(
            "SITE_NO_CONTENT", .error, .files,
            title: "找不到 content 文件夹",
            explanation: "找不到 content 文件夹：在站点文件夹中运行，或用 `--site` 指定。",
            message: "content:1:1: 错误: 找不到 content 文件夹。请在站点文件夹中运行，或用 --site 指定站点文件夹。 [SITE_NO_CONTENT]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, """
                cd ~/桌面
                zhengfeng build          # 桌面上没有 content 文件夹
                """),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng build --site ~/桌面/廉政网站
                """)),
        DiagnosticEntry(
            "FILE_ENCODING_GBK", .warning, .files,
            title: "文件是 GBK 编码",
            explanation: "文件是 GBK/GB18030 编码（Windows 记事本等常见），已正确读取；请另存为 UTF-8。",
            message: "content/news/gbk.md:1:1: 警告: 文件是 GBK/GB18030 编码，已按该编码读取。请用“另存为 → UTF-8”保存，以免在其他电脑上出现乱码。 [FILE_ENCODING_GBK]",
            wrong: DiagnosticExample("content/news/march.md（记事本“另存为”时编码选了 ANSI）", """
                ---
                title: 三月工作动态
                ---

                本月，区纪委监委召开警示教育大会。
                """),
            fixed: DiagnosticExample("content/news/march.md（“另存为”时编码选 UTF-8）", """
                ---
                title: 三月工作动态
                ---

                本月，区纪委监委召开警示教育大会。
                """)),
        DiagnosticEntry(
            "FILE_ENCODING_UTF16", .warning, .files,
            title: "文件是 UTF-16 编码",
            explanation: "文件是 UTF-16 编码、开头有 BOM（Windows 记事本“另存为 Unicode”），已正确读取；请另存为 UTF-8，以免其他工具读错。",
            message: "content/news/notepad.md:1:1: 警告: 文件是 UTF-16（记事本的“Unicode”）编码，已按该编码读取。请用“另存为 → 编码选 UTF-8”保存，以免其他工具读错。 [FILE_ENCODING_UTF16]",
            wrong: DiagnosticExample(DiagnosticExample.folder, "content/news/notepad.md   （记事本“另存为”时编码选了“Unicode”）"),
            fixed: DiagnosticExample(DiagnosticExample.folder, "content/news/notepad.md   （记事本“另存为”时编码选“UTF-8”）")),
        DiagnosticEntry(
            "FILE_UNREFERENCED", .warning, .files,
            title: "没有页面引用的文件不会发布",
            explanation: "content 里的这个文件（图片、PDF、表格等）没有任何页面链接或引用，不会发布。要发布就在页面里加链接；不该放在这里的（草稿、名单、证件照片）请移出 content。只被草稿引用的文件不提示。`.DS_Store`、`Thumbs.db`、以点开头的文件、Office 锁定文件（`~$…`）和备份文件（`…~`、`….bak`）一律不发布，也不提示；`content/data/` 从不发布。",
            message: "content/news/身份证.jpg:1:1: 警告: 没有任何页面链接或引用这个文件，它不会发布到网站上。如果要发布，请在页面中加链接，例如 [下载](身份证.jpg)；如果不该放在这里（草稿、表格、证件照片等），请把它移出 content 文件夹。 [FILE_UNREFERENCED]",
            wrong: DiagnosticExample(DiagnosticExample.folder, """
                content/news/2026-03-meeting.md
                content/news/签到表.xlsx      （没有页面链接它）
                """),
            fixed: DiagnosticExample(DiagnosticExample.folder, """
                content/news/2026-03-meeting.md   （正文里写了 [签到表](签到表.xlsx)）
                content/news/签到表.xlsx
                """)),
        DiagnosticEntry(
            "FILE_ENCODING", .error, .files,
            title: "无法识别文字编码",
            explanation: "文件既不是 UTF-8 也不是 GBK，无法识别（例如 Word 以“Unicode”另存的文件）。请在编辑器中用“另存为 → UTF-8”重新保存。",
            message: "content/news/junk.md:1:1: 错误: 无法识别文件的文字编码。请在编辑器中用“另存为 → UTF-8”重新保存。 [FILE_ENCODING]",
            wrong: DiagnosticExample("content/news/notice.md（Word 里“另存为”时编码选了 Unicode）", """
                ---
                title: 关于开展廉政教育月活动的通知
                ---

                各单位：……
                """),
            fixed: DiagnosticExample("content/news/notice.md（“另存为”时编码选 UTF-8）", """
                ---
                title: 关于开展廉政教育月活动的通知
                ---

                各单位：……
                """)),
        DiagnosticEntry(
            "FILE_BINARY", .error, .files,
            title: "不是文本文件",
            explanation: "文件含有二进制数据（例如把图片改名成了 .md）。Markdown 页面必须是纯文本；图片请保留原来的扩展名，在页面里用 `![说明](图片.jpg)` 引用。",
            message: "content/news/image.md:1:1: 错误: 这不是文本文件（含有二进制数据）。Markdown 页面必须是纯文本；图片等文件请用 ![说明](图片.png) 引用。 [FILE_BINARY]",
            wrong: DiagnosticExample(DiagnosticExample.folder, """
                content/news/
                  photo.md        ← 其实是一张照片，只是改了扩展名
                """),
            fixed: DiagnosticExample(DiagnosticExample.folder, """
                content/news/
                  photo.jpg       ← 照片保留原来的扩展名
                  activity.md     ← 页面里写 ![廉政文化进社区活动现场](photo.jpg)
                """)),
        DiagnosticEntry(
            "FILE_TOO_LARGE", .error, .files,
            title: "文件太大",
            explanation: "文件超过 5 MB。请把内容拆成几个页面；图片和附件放在页面旁边，用链接引用，不要贴进 Markdown 文件。",
            message: "content/news/huge.md:1:1: 错误: 文件有 5.7 MB，超过 5 MB 上限。请把内容拆成几个页面，图片和附件不要放进 Markdown 文件。 [FILE_TOO_LARGE]",
            wrong: DiagnosticExample(DiagnosticExample.folder, """
                content/about/
                  compilation.md          ← 5.7 MB：整本制度汇编都贴在一个页面里
                """),
            fixed: DiagnosticExample(DiagnosticExample.folder, """
                content/about/
                  rules-1.md              ← 第一章
                  rules-2.md              ← 第二章
                  compilation.pdf         ← 原文作为附件，页面里写 [下载汇编全文](compilation.pdf)
                """)),
        DiagnosticEntry(
            "FILE_UNREADABLE", .error, .files,
            title: "无法读取文件",
            explanation: "没有读取权限，或快捷方式指向的文件不存在。请检查文件权限，或删除失效的快捷方式、放入真正的文件。",
            message: "content/news/gone.md:1:1: 错误: 无法读取这个文件：它是快捷方式（符号链接），但指向的文件不存在。请删除它，或放入真正的文件。 [FILE_UNREADABLE]",
            wrong: DiagnosticExample(DiagnosticExample.folder, """
                content/news/
                  gone.md -> ~/稿件/旧稿/gone.md    ← 快捷方式，原文件已删除
                """),
            fixed: DiagnosticExample(DiagnosticExample.folder, """
                content/news/
                  gone.md                           ← 把真正的文件复制进来（或删除这个快捷方式）
                """)),
        DiagnosticEntry(
            "CONTENT_CHANGED_DURING_BUILD", .error, .files,
            title: "文件在生成过程中被改动",
            explanation: "很大的网站（正文超过 64 MB）生成时，部分页面的正文不一直留在内存里，用到时再从文件读。读到的内容和开始生成时不一样（文件正在被保存、同步盘正在覆盖，或被移走、删除），这次生成就不发布，output 保持原样。等文件保存、同步完成后重新生成即可。",
            message: "content/news/2026/0512.md:1:1: 错误: 这个文件在生成过程中被修改、移走或删除了，读到的内容和开始生成时不一样，这次没有发布。请等文件保存好后重新生成。 [CONTENT_CHANGED_DURING_BUILD]",
            wrong: DiagnosticExample(DiagnosticExample.folder, """
                生成还在进行时，网盘同步把 content/news/2026/0512.md 换成了新版本
                """),
            fixed: DiagnosticExample(DiagnosticExample.folder, """
                等同步完成（文件不再变化）后，再运行一次 zhengfeng build
                """)),
        DiagnosticEntry(
            "FILE_NOT_REGULAR", .error, .files,
            title: "不是普通文件",
            explanation: "不是普通文件（设备、管道等），出于安全不读取。请删除它，放入普通的文本文件。",
            message: "content/news/pipe.md:1:1: 错误: 这不是普通文件（可能是设备或管道），不予读取。请放入普通的文本文件。 [FILE_NOT_REGULAR]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, """
                mkfifo content/news/pipe.md      # 建了一个管道，不是文件
                """),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                rm content/news/pipe.md
                zhengfeng new news 三月工作动态 --slug pipe   # 新建普通的页面文件
                """)),
        DiagnosticEntry(
            "FILE_EMPTY", .error, .files,
            title: "页面文件是空的",
            explanation: "页面文件是空的（0 字节）。请写上设置区（---、title: 标题、---）和正文，或删除这个文件。",
            message: "content/news/bad.md:1:1: 错误: 文件是空的。请写上设置区（---、title: 标题、---）和正文，或删除这个文件。 [FILE_EMPTY]",
            wrong: DiagnosticExample("content/news/april.md（0 字节，什么也没有）", ""),
            fixed: DiagnosticExample("content/news/april.md", """
                ---
                title: 四月工作动态
                ---

                本月，区纪委监委开展作风建设专项检查。
                """)),
        DiagnosticEntry(
            "SYMLINK_OUTSIDE", .error, .files,
            title: "快捷方式指向站点以外",
            explanation: "content/ 或 templates/ 里的快捷方式（符号链接）指向站点文件夹以外，出于安全不读取、不复制。",
            message: "content/news/host.md:1:1: 错误: 这是一个指向站点文件夹以外（/etc/hostname）的快捷方式（符号链接），出于安全不予读取。请把文件复制到 content 文件夹中。 [SYMLINK_OUTSIDE]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, """
                ln -s ~/稿件/通知.md content/notices/notice.md     # 快捷方式，文件还在站点以外
                """),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                cp ~/稿件/通知.md content/notices/notice.md        # 复制真正的文件
                """)),
        DiagnosticEntry(
            "SYMLINK_LOOP", .error, .files,
            title: "快捷方式造成循环",
            explanation: "快捷方式（符号链接）指向已经读过的上级文件夹，会无限循环，已跳过。请删除这个快捷方式。",
            message: "content/news/again:1:1: 错误: 这个快捷方式（符号链接）指向已经读过的文件夹，会造成无限循环，已跳过。请删除它。 [SYMLINK_LOOP]",
            wrong: DiagnosticExample(DiagnosticExample.folder, """
                content/news/
                  again -> ..        ← 快捷方式指向上级文件夹 content
                """),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                rm content/news/again
                """)),
    ]

    // MARK: 设置区（front matter）

    static let frontMatter: [DiagnosticEntry] = [
        DiagnosticEntry(
            "FRONT_MATTER_MISSING", .error, .frontMatter,
            title: "缺少设置区",
            explanation: "文件开头没有 `---` 设置区。每个页面第一行必须是 `---`，接着写 `title: 标题`，再写一行 `---`，然后才是正文。",
            message: "content/news/bad.md:1:1: 错误: 文件开头没有设置区。请在第一行写 ---，接着写“title: 标题”，再写一行 ---。 [FRONT_MATTER_MISSING]",
            wrong: DiagnosticExample("content/news/march.md", """
                三月工作动态

                本月，区纪委监委召开警示教育大会。
                """),
            fixed: DiagnosticExample("content/news/march.md", """
                ---
                title: 三月工作动态
                ---

                本月，区纪委监委召开警示教育大会。
                """)),
        DiagnosticEntry(
            "FRONT_MATTER_UNCLOSED", .error, .frontMatter,
            title: "设置区没有结束",
            explanation: "有开头的 `---`，找不到结束的 `---`。请在设置之后、正文之前单独加一行 `---`。",
            message: "content/news/bad.md:1:1: 错误: 开头的设置区没有结束：第 1 行的 --- 之后找不到另一行 ---。请在标题等设置之后单独加一行 ---。 [FRONT_MATTER_UNCLOSED]",
            wrong: DiagnosticExample("content/news/march.md", """
                ---
                title: 三月工作动态
                date: 2026-03-15

                本月，区纪委监委召开警示教育大会。
                """),
            fixed: DiagnosticExample("content/news/march.md", """
                ---
                title: 三月工作动态
                date: 2026-03-15
                ---

                本月，区纪委监委召开警示教育大会。
                """)),
        DiagnosticEntry(
            "YAML_SYNTAX", .error, .frontMatter,
            title: "YAML 写法错误",
            explanation: "YAML 写法错误（冒号、缩进、引号、重复的键），指出出错的行和列。页面、site.yml、数据文件都适用。",
            message: "content/news/bad.md:3:7: 错误: YAML 格式错误（这一行多了冒号：值里含有冒号时，请把整个值用英文双引号括起来；mapping values are not allowed in this context）。… [YAML_SYNTAX]",
            wrong: DiagnosticExample("content/notices/education-month.md", """
                ---
                title: 通知: 关于开展廉政教育月活动
                ---
                """),
            fixed: DiagnosticExample("content/notices/education-month.md", """
                ---
                title: "通知: 关于开展廉政教育月活动"
                ---
                """)),
        DiagnosticEntry(
            "YAML_NOT_MAPPING", .error, .frontMatter,
            title: "设置不是“键: 值”",
            explanation: "设置区不是“键: 值”的形式（例如每行前面多了 `- `，写成了列表）。每行写一项设置，例如 `title: 标题`。",
            message: "content/news/bad.md:2:1: 错误: 这里应是“键: 值”形式的设置，每行一项。 [YAML_NOT_MAPPING]",
            wrong: DiagnosticExample("content/news/march.md", """
                ---
                - title: 三月工作动态
                - date: 2026-03-15
                ---
                """),
            fixed: DiagnosticExample("content/news/march.md", """
                ---
                title: 三月工作动态
                date: 2026-03-15
                ---
                """)),
        DiagnosticEntry(
            "FIELD_REQUIRED", .error, .frontMatter,
            title: "缺少必填项",
            explanation: "缺少必填项或必填项为空（页面的 `title`；site.yml 的 `title`、`base_url`；举报途径的 `id`、`kind`、`name`）。",
            message: "content/news/bad.md:2:8: 错误: “title”不能为空。 [FIELD_REQUIRED]",
            wrong: DiagnosticExample("content/news/march.md", """
                ---
                title:
                date: 2026-03-15
                ---
                """),
            fixed: DiagnosticExample("content/news/march.md", """
                ---
                title: 三月工作动态
                date: 2026-03-15
                ---
                """)),
        DiagnosticEntry(
            "FIELD_TYPE", .error, .frontMatter,
            title: "设置的值类型不对",
            explanation: "值的类型不对（`weight` 应是整数，`draft`/`print` 应是 true/false，`tags` 应是列表……）。",
            message: "content/news/bad.md:3:8: 错误: “draft”应是 true 或 false。 [FIELD_TYPE]",
            wrong: DiagnosticExample("content/news/march.md", """
                ---
                title: 三月工作动态
                draft: 否
                weight: 第一
                ---
                """),
            fixed: DiagnosticExample("content/news/march.md", """
                ---
                title: 三月工作动态
                draft: false
                weight: 1
                ---
                """)),
        DiagnosticEntry(
            "FIELD_DATE", .error, .frontMatter,
            title: "日期写法不对",
            explanation: "`date` 或 `expires` 不是有效日期。写成“年-月-日”，月和日都写两位，例如 2026-03-15；要写时间就加一个空格和“时:分”，例如 2026-03-15 09:30。",
            message: "content/news/bad.md:3:7: 错误: “date”不是有效的日期。请写成 2026-03-15 或 2026-03-15 09:30。 [FIELD_DATE]",
            wrong: DiagnosticExample("content/news/march.md", """
                ---
                title: 三月工作动态
                date: 2026年3月15日
                ---
                """),
            fixed: DiagnosticExample("content/news/march.md", """
                ---
                title: 三月工作动态
                date: 2026-03-15
                ---
                """)),
        DiagnosticEntry(
            "FIELD_AUDIENCE", .error, .frontMatter,
            title: "印刷版本名不对",
            explanation: "`audiences` 中有四个版本以外的值，指向那一项。只能是 agencies（机关）、enterprises（企业）、communities（社区）、villages（农村）。",
            message: "content/news/bad.md:3:23: 错误: audiences 中的“farmers”无效，只能是 agencies（机关）、enterprises（企业）、communities（社区）、villages（农村）。 [FIELD_AUDIENCE]",
            wrong: DiagnosticExample("content/scope/land.md", """
                ---
                title: 征地拆迁中的违纪违法问题
                audiences: [communities, farmers]
                ---
                """),
            fixed: DiagnosticExample("content/scope/land.md", """
                ---
                title: 征地拆迁中的违纪违法问题
                audiences: [communities, villages]
                ---
                """)),
        DiagnosticEntry(
            "YAML_ALIAS", .error, .frontMatter,
            title: "不接受 YAML 锚点和引用",
            explanation: "用了 YAML 的锚点 `&名字` 或引用 `*名字`。几行嵌套引用就能展开成几十亿个值，拖垮生成，所以页面设置区、site.yml 和数据文件一律不接受；消息指向第一个锚点。请把重复的内容直接写出来；以 `&` 或 `*` 开头的文字请加英文双引号。",
            message: "content/news/bad.md:3:4: 错误: 这里用了 YAML 的锚点或引用（& 或 *），zhengfeng 不接受这种写法：它能让几行文字展开成极大的数据，拖垮生成。请把要重复的内容直接写出来；以 & 或 * 开头的文字值请用英文双引号括起来。 [YAML_ALIAS]",
            wrong: DiagnosticExample("content/news/notice.md", """
                ---
                title: &t 关于开展宣传活动的通知
                summary: *t
                ---
                """),
            fixed: DiagnosticExample("content/news/notice.md", """
                ---
                title: 关于开展宣传活动的通知
                summary: 关于开展宣传活动的通知
                ---
                """)),
        DiagnosticEntry(
            "FRONT_MATTER_KEY_NEAR_MISS", .error, .frontMatter,
            title: "决定发布的键写得不对",
            explanation: "设置项很像决定是否发布的键（`draft`、`visibility`、`date`、`expires`、`audiences`、`sample`）：大小写不同（`Draft`）、拼错一两个字母（`visiblity`、`expire`），或常见的别称（`internal`、`private`、`hidden`、`published`）。zhengfeng 无法确定本意，这个页面不发布（`--drafts`、`--internal` 也不发布），直到改成正确的小写键名。",
            message: "content/news/bad.md:3:1: 错误: 设置项“Visibility”很像决定是否发布的“visibility”，但写法不对（大小写也要一致），zhengfeng 无法确定本意，这个页面不予发布。请改成“visibility: ……”（全小写）；如果确实是另一个设置，请换一个不像“visibility”的名字。 [FRONT_MATTER_KEY_NEAR_MISS]",
            wrong: DiagnosticExample("content/news/notice.md", """
                ---
                title: 内部工作安排
                Visibility: internal
                ---
                """),
            fixed: DiagnosticExample("content/news/notice.md", """
                ---
                title: 内部工作安排
                visibility: internal
                ---
                """)),
        DiagnosticEntry(
            "FIELD_VISIBILITY", .error, .frontMatter,
            title: "visibility 的值不对",
            explanation: "`visibility` 只能是 public（公开，默认）或 internal（内部，不对外发布）。",
            message: "content/news/bad.md:3:13: 错误: visibility 只能是 public（公开）或 internal（内部，不对外发布），现在是“内部”。 [FIELD_VISIBILITY]",
            wrong: DiagnosticExample("content/inner/schedule.md", """
                ---
                title: 专项检查工作安排
                visibility: 内部
                ---
                """),
            fixed: DiagnosticExample("content/inner/schedule.md", """
                ---
                title: 专项检查工作安排
                visibility: internal
                ---
                """)),
        DiagnosticEntry(
            "FRONT_MATTER_UNKNOWN_KEY", .warning, .frontMatter,
            title: "不认识的设置项",
            explanation: "不认识的设置项，多半是拼写错误；给出最接近的正确写法。默认模板使用的 `show_channels` 和 site.yml `params_keys` 中列出的键不警告。",
            message: "content/news/bad.md:3:1: 警告: 设置项“sumary”不是 zhengfeng 认识的设置，会被忽略（模板中可用 page.params.sumary 读取）。是不是想写“summary”？ [FRONT_MATTER_UNKNOWN_KEY]",
            wrong: DiagnosticExample("content/news/march.md", """
                ---
                title: 三月工作动态
                sumary: 区纪委监委召开警示教育大会。
                ---
                """),
            fixed: DiagnosticExample("content/news/march.md", """
                ---
                title: 三月工作动态
                summary: 区纪委监委召开警示教育大会。
                ---
                """)),
        DiagnosticEntry(
            "PAGE_NO_TEXT", .warning, .frontMatter,
            title: "页面没有正文",
            explanation: "页面只有设置区，没有正文，发布后是一张空白页。请在第二个 `---` 之后写正文。",
            message: "content/news/bad.md:3:1: 警告: 这个页面只有设置区，没有正文，发布后是一张空白页。请在第二个 --- 之后写正文。 [PAGE_NO_TEXT]",
            wrong: DiagnosticExample("content/news/march.md", """
                ---
                title: 三月工作动态
                ---
                """),
            fixed: DiagnosticExample("content/news/march.md", """
                ---
                title: 三月工作动态
                ---

                本月，区纪委监委召开警示教育大会。
                """)),
    ]

    // MARK: 网址和栏目

    static let urls: [DiagnosticEntry] = [
        DiagnosticEntry(
            "SLUG_INVALID", .error, .urls,
            title: "网址名不可用",
            explanation: "网址名（`slug` 或文件名）为空、含 `/`、`..` 或网址中不安全的字符（空格、`#`、`?` 等）。",
            message: "content/news/bad.md:3:7: 错误: 网址名“2026/03”不可用：不能含有斜杠。请修改 slug。 [SLUG_INVALID]",
            wrong: DiagnosticExample("content/news/march.md", """
                ---
                title: 三月工作动态
                slug: 2026/03
                ---
                """),
            fixed: DiagnosticExample("content/news/march.md", """
                ---
                title: 三月工作动态
                slug: 2026-03
                ---
                """)),
        DiagnosticEntry(
            "SECTION_NAME", .error, .urls,
            title: "栏目文件夹名不可用",
            explanation: "栏目文件夹名会成为网址的一部分，但含有空格、`#`、`?` 等网址中不安全的字符，或以 `.` 开头。请改用字母、数字、连字符或中文。",
            message: "content/my news:1:1: 错误: 文件夹名“my news”会成为网址的一部分，但含有网址中不安全的字符“空格”。请改用字母、数字、连字符或中文。 [SECTION_NAME]",
            wrong: DiagnosticExample(DiagnosticExample.folder, """
                content/
                  工作 动态/       ← 文件夹名里有空格
                    march.md
                """),
            fixed: DiagnosticExample(DiagnosticExample.folder, """
                content/
                  news/
                    march.md
                """)),
        DiagnosticEntry(
            "URL_DUPLICATE", .error, .urls,
            title: "两个页面网址相同",
            explanation: "两个页面（或文件）的网址相同，一个会覆盖另一个；文件与页面、或文件与 zhengfeng 自己生成的文件（index.html、sitemap.xml、assets/、print/、search/、site-index/、scope-check/ 等）同名时也报这个代码；最上层的栏目文件夹也不能叫这些名字（不区分大小写）。网址按 Unicode NFC 比较、不区分大小写：`Case.md` 和 `case.md`、`Photo.PNG` 和 `photo.png`，或同名文件一个以合成、一个以分解的 Unicode 保存（`café.md`），在 Windows/IIS 等不区分大小写的服务器上是同一个网址，也报这个错误，并指出两个文件。",
            message: "content/news/ok.md:1:1: 错误: 这个页面的网址 /news/ok/ 与 content/news/another.md 相同，后者会被覆盖。请修改其中一个的文件名或 slug。 [URL_DUPLICATE]",
            wrong: DiagnosticExample(DiagnosticExample.folder, """
                content/news/
                  march.md            ← 网址 /news/march/
                  march-meeting.md    ← 设置区写了 slug: march，网址也是 /news/march/
                """),
            fixed: DiagnosticExample(DiagnosticExample.folder, """
                content/news/
                  march.md            ← 网址 /news/march/
                  march-meeting.md    ← 删去 slug 一行，网址是 /news/march-meeting/
                """)),
        DiagnosticEntry(
            "SECTION_EMPTY", .warning, .urls,
            title: "栏目里没有页面",
            explanation: "栏目只有 `_index.md`，没有页面；或文件夹里只有图片等文件、没有页面（网站上会多出一个空栏目）。放在 `news/launch/` 里供 `news/launch.md` 使用的图片不算。",
            message: "content/empty/_index.md:1:1: 警告: 栏目“empty”里还没有页面，只有栏目首页。请添加页面，或删除这个文件夹。 [SECTION_EMPTY]",
            wrong: DiagnosticExample(DiagnosticExample.folder, """
                content/plans/
                  _index.md        ← 只有栏目首页
                """),
            fixed: DiagnosticExample(DiagnosticExample.folder, """
                content/plans/
                  _index.md
                  2026.md          ← 至少一个页面
                """)),
        DiagnosticEntry(
            "SECTION_NOTHING_PUBLISHED", .warning, .urls,
            title: "栏目没有要发布的页面",
            explanation: "栏目的页面都是草稿、未到日期、已过期或内部页面，栏目会从网站上消失。",
            message: "content/plans/_index.md:1:1: 警告: 栏目“plans”的页面都不在本次发布范围内（草稿、未到日期、已过期或内部页面），栏目将不出现在网站上。 [SECTION_NOTHING_PUBLISHED]",
            wrong: DiagnosticExample("content/plans/2026.md（栏目里唯一的页面）", """
                ---
                title: 2026年工作要点
                draft: true
                ---
                """),
            fixed: DiagnosticExample("content/plans/2026.md（审核通过后）", """
                ---
                title: 2026年工作要点
                draft: false
                ---
                """)),
    ]

    // MARK: 站点设置和举报途径

    static let config: [DiagnosticEntry] = [
        DiagnosticEntry(
            "CONFIG_MISSING", .error, .config,
            title: "缺少 site.yml",
            explanation: "没有 content/site.yml。每个站点都需要它，至少写两行：`title: 网站名称` 和 `base_url: 网站地址`。",
            message: "content/site.yml:1:1: 错误: 缺少站点设置文件 content/site.yml。至少要写两行：title: 网站名称，base_url: 网站地址。 [CONFIG_MISSING]",
            wrong: DiagnosticExample(DiagnosticExample.folder, """
                content/
                  _index.md
                  news/
                """),
            fixed: DiagnosticExample("content/site.yml", """
                title: 清风秦都
                base_url: https://www.example.gov.cn/lianzheng/
                """)),
        DiagnosticEntry(
            "CONFIG_BASE_URL", .error, .config,
            title: "base_url 不是完整网址",
            explanation: "`base_url` 不是以 `https://` 或 `http://` 开头、带域名的完整网址（只写路径、`ftp:`、缺域名、含空格或 `?`、`#` 都不行）。命令行的 `--base-url` 用同样的规则，写错是用法错误，退出码 2，什么都不读也不写。",
            message: "content/site.yml:2:11: 错误: base_url“ftp://example.gov.cn/”不可用：只能以 https:// 或 http:// 开头，现在是“ftp:”。请写成完整网址，例如 https://www.example.gov.cn/lianzheng/。 [CONFIG_BASE_URL]",
            wrong: DiagnosticExample("content/site.yml", """
                title: 清风秦都
                base_url: www.example.gov.cn/lianzheng
                """),
            fixed: DiagnosticExample("content/site.yml", """
                title: 清风秦都
                base_url: https://www.example.gov.cn/lianzheng/
                """)),
        DiagnosticEntry(
            "PLACEHOLDERS_REMAIN", .note, .release,
            title: "还有占位内容，这次生成的是校样",
            explanation: "站点里还有占位内容（【待填：…】、示例域名或示例页面），这次生成的是校样：网页有“校样”提示并禁止搜索引擎收录，PDF 每页有“校样”水印。运行 `zhengfeng check --release` 查看每一处。",
            message: "content/data/channels.yml:15:12: 提示: 还有 9 处占位内容（【待填：…】、示例域名或示例页面），所以这次生成的是校样：网页标有“校样”、不让搜索引擎收录，PDF 每页带“校样”水印。正式发布前请运行 zhengfeng check --release 查看每一处，填好后用 zhengfeng build --release 生成。 [PLACEHOLDERS_REMAIN]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, "zhengfeng build"),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng check --release
                zhengfeng build --release
                """)),
        DiagnosticEntry(
            "PLACEHOLDER_TEXT", .error, .release,
            title: "待填的占位内容不能正式发布",
            explanation: "页面正文、设置区的值、site.yml 或 data 文件的值里有 `【待填：说明】`。把整个【】换成核实后的真实内容。只在 `--release` 时是错误。",
            message: "content/data/channels.yml:22:14: 错误: “【待填：信访室通信地址】”是待填的占位内容，不能正式发布。请换成核实后的真实内容：信访室通信地址。 [PLACEHOLDER_TEXT]",
            wrong: DiagnosticExample("content/channels/visit.md", "来访接待地址：【待填：来访接待地址】。"),
            fixed: DiagnosticExample("content/channels/visit.md", "来访接待地址：秦都区人民路 1 号区纪委监委信访室。")),
        DiagnosticEntry(
            "PLACEHOLDER_EXAMPLE_DOMAIN", .error, .release,
            title: "示例域名不能正式发布",
            explanation: "site.yml 或 data 文件里的网址、邮箱或域名用的是示例域名（example.com/.org/.net、以 .example、.invalid、.test 结尾的域名、localhost），或 `--base-url` 是这样的网址。换成真实地址。只在 `--release` 时是错误。",
            message: "content/site.yml:6:11: 错误: 设置 base_url 中的“https://lianzheng.qindu.example/”用的是示例域名（只供举例，不是真实地址），不能正式发布。请填写网站的正式网址。 [PLACEHOLDER_EXAMPLE_DOMAIN]",
            wrong: DiagnosticExample("content/site.yml", """
                title: 清风秦都
                base_url: https://lianzheng.qindu.example/
                """),
            fixed: DiagnosticExample("content/site.yml", """
                title: 清风秦都
                base_url: https://www.qindu.gov.cn/lianzheng/
                """)),
        DiagnosticEntry(
            "PLACEHOLDER_SETTING_MISSING", .error, .release,
            title: "政府网站页脚的必填项没有填",
            explanation: "site.yml 没有填写政府网站页脚必须有的一项：主办单位（`sponsor`）、党政机关网站标识（`footer.conac_url`、`footer.conac_image`）、“我为政府网站找错”链接（`footer.error_report_url`）、ICP 备案号（`footer.icp`）、公安备案号（`footer.public_security`）或网站标识码（`footer.site_code`）。校样里页脚显示“【待填】”；只在 `--release` 时是错误。",
            message: "content/site.yml:1:1: 错误: site.yml 没有填写 footer.error_report_url（“我为政府网站找错”的链接）。政府网站的页脚必须有这一项，没填时页面上显示“【待填】”，不能正式发布。请在 site.yml 中填写。 [PLACEHOLDER_SETTING_MISSING]",
            wrong: DiagnosticExample(DiagnosticExample.folder, "content/site.yml   （footer 下没有 error_report_url）"),
            fixed: DiagnosticExample(DiagnosticExample.folder, "content/site.yml   （footer:\n  error_report_url: 找错平台给本站的链接）")),
        DiagnosticEntry(
            "PLACEHOLDER_SAMPLE_PAGE", .error, .release,
            title: "示例页面不能正式发布",
            explanation: "要发布的页面写了 `sample: true`（举例编写的示例页面）。换成真实内容后删去这一行，或删除页面、加 `draft: true`。只在 `--release` 时是错误。",
            message: "content/news/meeting.md:5:9: 错误: 这是示例页面（sample: true），内容是举例编写的，不能正式发布。请换成真实内容后删去 sample: true；暂时不用的示例页面可以删除，或加 draft: true 不发布。 [PLACEHOLDER_SAMPLE_PAGE]",
            wrong: DiagnosticExample("content/news/meeting.md", """
                ---
                title: 召开动员部署会（示例）
                sample: true
                ---

                示例正文。
                """),
            fixed: DiagnosticExample("content/news/meeting.md", """
                ---
                title: 召开动员部署会
                ---

                经核实的会议消息。
                """)),
        DiagnosticEntry(
            "CONFIG_LINKS", .error, .config,
            title: "links 的值无效",
            explanation: "`links` 决定页面里的链接怎么写：`root`（默认，从网站根目录写起）、`absolute`（完整网址）或 `relative`（相对网址，生成的文件夹可以从 U 盘、本地文件夹或任意子路径直接打开）。只能写这三个词之一。",
            message: "content/site.yml:3:8: 错误: links 只能是 root（默认，网址从网站根目录写起）、absolute（完整网址）或 relative（相对网址，可从 U 盘或本地文件夹直接打开）。 [CONFIG_LINKS]",
            wrong: DiagnosticExample("content/site.yml", """
                title: 清风秦都
                base_url: https://www.example.gov.cn/lianzheng/
                links: portable
                """),
            fixed: DiagnosticExample("content/site.yml", """
                title: 清风秦都
                base_url: https://www.example.gov.cn/lianzheng/
                links: relative
                """)),
        DiagnosticEntry(
            "CONFIG_SECTION_MISSING", .warning, .config,
            title: "site.yml 写了不存在的栏目",
            explanation: "`nav`、`features` 或 `latest_section` 写了不存在的栏目（content 下没有这个文件夹），多半是拼写错误；消息给出最接近的栏目名。",
            message: "content/site.yml:3:1: 警告: site.yml 的 nav 中的栏目“nwes”不存在（content 下没有这个文件夹）。是不是想写“news”？ [CONFIG_SECTION_MISSING]",
            wrong: DiagnosticExample("content/site.yml", """
                nav: [scope, channels, nwes]
                """),
            fixed: DiagnosticExample("content/site.yml", """
                nav: [scope, channels, news]
                """)),
        DiagnosticEntry(
            "CHANNELS_FILE_MISSING", .warning, .config,
            title: "缺少举报途径文件",
            explanation: "没有 data/channels.yml，网站和印刷品上没有举报方式。请按 docs/content-format.md 填写四种举报途径。",
            message: "content/data/channels.yml:1:1: 警告: 缺少举报途径文件 content/data/channels.yml。网站、印刷品和二维码上的举报方式都来自它，请按 docs/content-format.md 填写。 [CHANNELS_FILE_MISSING]",
            wrong: DiagnosticExample(DiagnosticExample.folder, """
                content/
                  site.yml
                  data/            ← 里面没有 channels.yml
                """),
            fixed: DiagnosticExample("content/data/channels.yml", """
                channels:
                  - id: phone
                    kind: phone
                    name: 电话举报
                    number: "12388"
                """)),
        DiagnosticEntry(
            "CHANNELS_MISSING", .error, .config,
            title: "channels.yml 中没有 channels 列表",
            explanation: "channels.yml 中没有 `channels:` 列表。文件第一行应是 `channels:`，下面每个举报途径以 `- id:` 开头。",
            message: "content/data/channels.yml:1:1: 错误: channels.yml 中没有 channels 列表。请按 docs/content-format.md 的格式填写四种举报途径。 [CHANNELS_MISSING]",
            wrong: DiagnosticExample("content/data/channels.yml", """
                - id: phone
                  kind: phone
                  name: 电话举报
                  number: "12388"
                """),
            fixed: DiagnosticExample("content/data/channels.yml", """
                channels:
                  - id: phone
                    kind: phone
                    name: 电话举报
                    number: "12388"
                """)),
        DiagnosticEntry(
            "CHANNELS_EMPTY", .warning, .config,
            title: "一个举报途径也没有",
            explanation: "`channels:` 列表是空的，网站和印刷品上没有任何举报方式。请至少填写网络、电话、来信、来访中的一种。",
            message: "content/data/channels.yml:1:1: 警告: channels.yml 中一个举报途径也没有。请至少填写网络、电话、来信、来访中的一种。 [CHANNELS_EMPTY]",
            wrong: DiagnosticExample("content/data/channels.yml", """
                channels: []
                """),
            fixed: DiagnosticExample("content/data/channels.yml", """
                channels:
                  - id: online
                    kind: online
                    name: 网络举报
                    url: https://www.12388.gov.cn/
                """)),
        DiagnosticEntry(
            "CHANNEL_KIND", .error, .config,
            title: "举报途径类型不对",
            explanation: "`kind` 不是 online（网络）、phone（电话）、letter（来信）、visit（来访）之一。请用这四个英文词之一。",
            message: "content/data/channels.yml:3:11: 错误: 举报途径类型“电话”无效，应为 online、phone、letter 或 visit 之一。 [CHANNEL_KIND]",
            wrong: DiagnosticExample("content/data/channels.yml", """
                channels:
                  - id: phone
                    kind: 电话
                    name: 电话举报
                    number: "12388"
                """),
            fixed: DiagnosticExample("content/data/channels.yml", """
                channels:
                  - id: phone
                    kind: phone
                    name: 电话举报
                    number: "12388"
                """)),
        DiagnosticEntry(
            "CHANNEL_DUPLICATE", .error, .config,
            title: "举报途径 id 重复",
            explanation: "两个举报途径的 `id` 相同。`id` 用来区分各个途径，请给每个途径起一个不同的 `id`。",
            message: "content/data/channels.yml:6:9: 错误: 举报途径 id“phone”重复，请改用不同的 id。 [CHANNEL_DUPLICATE]",
            wrong: DiagnosticExample("content/data/channels.yml", """
                channels:
                  - id: phone
                    kind: phone
                    name: 电话举报
                    number: "12388"
                  - id: phone
                    kind: phone
                    name: 信访室电话
                    number: "029-12388"
                """),
            fixed: DiagnosticExample("content/data/channels.yml", """
                channels:
                  - id: phone
                    kind: phone
                    name: 电话举报
                    number: "12388"
                  - id: phone-office
                    kind: phone
                    name: 信访室电话
                    number: "029-12388"
                """)),
        DiagnosticEntry(
            "CHANNEL_INCOMPLETE", .error, .config,
            title: "举报途径缺少必需的项",
            explanation: "缺少印刷品和二维码需要的项（网络：url；电话：number；来信：recipient、address、postcode；来访：address）。不确定的值先写“【待填：要填的内容】”（见 README“占位内容与正式发布”），正式发布前填好。",
            message: "content/data/channels.yml:2:5: 错误: 举报途径“来信举报”缺少 address，网站、印刷品和二维码都需要它；暂不确定的请先写“【待填：要填的内容】”，正式发布前填好。 [CHANNEL_INCOMPLETE]",
            wrong: DiagnosticExample("content/data/channels.yml", """
                channels:
                  - id: letter
                    kind: letter
                    name: 来信举报
                    recipient: 区纪委监委信访室
                """),
            fixed: DiagnosticExample("content/data/channels.yml", """
                channels:
                  - id: letter
                    kind: letter
                    name: 来信举报
                    recipient: 区纪委监委信访室
                    address: 【待填：信访室通信地址】
                    postcode: 【待填：邮政编码】
                """)),
        DiagnosticEntry(
            "CHANNEL_URL", .error, .config,
            title: "网络举报网址不完整",
            explanation: "网络举报的 `url`、`province_url` 不是完整网址（二维码需要）。",
            message: "content/data/channels.yml:2:5: 错误: 举报途径“网络举报”的 url“www.12388.gov.cn”不是完整网址，二维码无法生成。请写成 https://www.12388.gov.cn/ 这样的形式。 [CHANNEL_URL]",
            wrong: DiagnosticExample("content/data/channels.yml", """
                channels:
                  - id: online
                    kind: online
                    name: 网络举报
                    url: www.12388.gov.cn
                """),
            fixed: DiagnosticExample("content/data/channels.yml", """
                channels:
                  - id: online
                    kind: online
                    name: 网络举报
                    url: https://www.12388.gov.cn/
                """)),
        DiagnosticEntry(
            "CHANNEL_NUMBER", .error, .config,
            title: "举报电话不是号码",
            explanation: "电话举报的 `number` 不是电话号码：只写数字（可带区号、连字符、括号）；给读者看的写法放在 `display`。",
            message: "content/data/channels.yml:6:5: 错误: 举报途径“电话举报”的 number“请拨打12388”不是电话号码。number 只写数字（可带区号和连字符），例如 12388；印刷格式写在 display。 [CHANNEL_NUMBER]",
            wrong: DiagnosticExample("content/data/channels.yml", """
                channels:
                  - id: phone
                    kind: phone
                    name: 电话举报
                    number: 请拨打12388
                """),
            fixed: DiagnosticExample("content/data/channels.yml", """
                channels:
                  - id: phone
                    kind: phone
                    name: 电话举报
                    number: "12388"
                    display: "(029)12388"
                """)),
    ]

    // MARK: 链接和图片

    static let links: [DiagnosticEntry] = [
        DiagnosticEntry(
            "LINK_BROKEN", .error, .links,
            title: "链接的页面或文件不存在",
            explanation: "链接的页面或文件不存在。链接写成相对于当前文件的路径，上一级文件夹用 `../`；检查文件名是否写错。以 `/` 开头的本站网址和写全的本站网址（`https://` 加 `base_url` 的域名）也一样检查。",
            message: "content/news/bad.md:5:7: 错误: 链接指向的页面 content/news/missing.md 不存在。请检查文件名和路径（路径相对于当前文件，上一级用 ../）。 [LINK_BROKEN]",
            wrong: DiagnosticExample("content/news/launch.md", """
                举报方式详见[电话举报](channels/phone.md)。
                """),
            fixed: DiagnosticExample("content/news/launch.md", """
                举报方式详见[电话举报](../channels/phone.md)。
                """)),
        DiagnosticEntry(
            "LINK_ANCHOR", .error, .links,
            title: "链接的小标题不存在",
            explanation: "`#小标题` 在目标页面（或本页）中不存在；列出可用的小标题。",
            message: "content/news/bad.md:5:8: 错误: 页面 content/news/ok.md 中没有小标题“#第二节”。可用的有：第一节。 [LINK_ANCHOR]",
            wrong: DiagnosticExample("content/news/launch.md（phone.md 里的小标题是“## 接听时间”）", """
                请在[受理时间](../channels/phone.md#受理时间)内拨打。
                """),
            fixed: DiagnosticExample("content/news/launch.md", """
                请在[接听时间](../channels/phone.md#接听时间)内拨打。
                """)),
        DiagnosticEntry(
            "LINK_OUTSIDE", .error, .links,
            title: "链接跳出了 content 文件夹",
            explanation: "链接用 `../` 跳出了 content 文件夹，发布后读者打不开。请把要链接的文件复制到 content 文件夹中，再链接它。",
            message: "content/news/bad.md:5:6: 错误: 链接“../../../etc/passwd”指向 content 文件夹以外，发布后无法访问。 [LINK_OUTSIDE]",
            wrong: DiagnosticExample("content/about/rules.md", """
                全文见[制度汇编](../../稿件/制度汇编.pdf)。
                """),
            fixed: DiagnosticExample("content/about/rules.md（把 制度汇编.pdf 复制到 content/about/）", """
                全文见[制度汇编](制度汇编.pdf)。
                """)),
        DiagnosticEntry(
            "LINK_TO_INTERNAL", .error, .links,
            title: "公开页面链接了内部内容",
            explanation: "公开页面链接了内部页面，或引用了内部栏目里的文件；内部内容不对外发布，读者打不开，链接本身也会泄露内部信息。请删除这个链接，或把文件移到公开栏目。",
            message: "content/news/bad.md:5:10: 错误: 公开页面不能链接内部页面 content/news/secret.md（visibility: internal）。请删除这个链接。 [LINK_TO_INTERNAL]",
            wrong: DiagnosticExample("content/news/launch.md", """
                具体分工见[专项检查工作安排](../inner/schedule.md)。
                """),
            fixed: DiagnosticExample("content/news/launch.md", """
                具体分工另行通知。
                """)),
        DiagnosticEntry(
            "LINK_TO_UNPUBLISHED", .warning, .links,
            title: "链接的页面本次不发布",
            explanation: "链接的页面本次不发布（草稿、未到日期、已过期），读者点开会看到“页面不存在”。请先发布那个页面，或暂时删去链接。",
            message: "content/news/bad.md:5:7: 警告: 链接指向的页面 content/news/plan.md 本次不发布（草稿、未到发布日期或已过期），读者点开会看到“页面不存在”。 [LINK_TO_UNPUBLISHED]",
            wrong: DiagnosticExample("content/news/plan.md（被 launch.md 链接，还是草稿）", """
                ---
                title: 2026年工作要点
                draft: true
                ---
                """),
            fixed: DiagnosticExample("content/news/plan.md（审核通过后；或先删去 launch.md 里的链接）", """
                ---
                title: 2026年工作要点
                draft: false
                ---
                """)),
        DiagnosticEntry(
            "IMAGE_MISSING", .error, .links,
            title: "图片文件不存在",
            explanation: "图片文件不存在：文件名写错了、路径不对，或图片还没放进 content 文件夹。路径相对于当前页面所在的文件夹，上一级用 `../`。",
            message: "content/news/bad.md:5:9: 错误: 图片指向的文件 content/news/photo.jpg 不存在。请把文件放进 content 文件夹，或改正路径。 [IMAGE_MISSING]",
            wrong: DiagnosticExample("content/news/activity.md（照片 photo.jpg 和页面在同一个文件夹）", """
                ![廉政文化进社区活动现场](images/photo.jpg)
                """),
            fixed: DiagnosticExample("content/news/activity.md", """
                ![廉政文化进社区活动现场](photo.jpg)
                """)),
        DiagnosticEntry(
            "IMAGE_NO_ALT", .warning, .links,
            title: "图片没有文字说明",
            explanation: "图片没有文字说明（方括号里是空的）。请在方括号里简短说明图片内容，方便视障读者和图片无法显示时阅读。",
            message: "content/news/bad.md:5:5: 警告: 图片缺少文字说明。请写成 ![图片内容的简短说明](photo.png)，方便视障读者和图片无法显示时阅读。 [IMAGE_NO_ALT]",
            wrong: DiagnosticExample("content/news/activity.md", """
                ![](photo.jpg)
                """),
            fixed: DiagnosticExample("content/news/activity.md", """
                ![廉政文化进社区活动现场](photo.jpg)
                """)),
    ]

    // MARK: 个人信息（隐私）

    static let privacy: [DiagnosticEntry] = [
        DiagnosticEntry(
            "PRIVACY_ID_NUMBER", .error, .privacy,
            title: "居民身份证号码",
            explanation: "这里有居民身份证号码（18 位或 15 位，出生日期和校验码都对得上）。网站和印刷品不得公布身份证号码，请删除；通报中的当事人写“王某某”即可。",
            message: "content/news/bad.md:5:11: 错误: 这里有居民身份证号码（1101**********002X）。网站和印刷品不得公布身份证号码，请删除，或只写“***”。… [PRIVACY_ID_NUMBER]",
            wrong: DiagnosticExample("content/notices/result.md", """
                经查，王某某（身份证号 11010519491231002X）反映的问题属实。
                """),
            fixed: DiagnosticExample("content/notices/result.md", """
                经查，群众反映的问题属实。
                """)),
        DiagnosticEntry(
            "PRIVACY_MOBILE", .error, .privacy,
            title: "手机号码",
            explanation: "正文、设置区或数据文件里有手机号码。不得公布举报人、当事人等个人的手机号码，请删除；对外公布的举报电话写 12388，单位确需公开的号码写进 `privacy_allow`。",
            message: "content/data/contacts.yml:3:13: 错误: 这里有手机号码（136****5678）。不得公布举报人、当事人等个人的手机号码，请删除；对外公布的举报电话请写 12388。… [PRIVACY_MOBILE]",
            wrong: DiagnosticExample("content/news/launch.md", """
                如有疑问，请联系李老师：13812345678。
                """),
            fixed: DiagnosticExample("content/news/launch.md", """
                如有疑问，请拨打举报电话 12388。
                """)),
        DiagnosticEntry(
            "PRIVACY_BANK_CARD", .error, .privacy,
            title: "银行卡号",
            explanation: "这里有一串像银行卡号的数字（16–19 位，通过银行卡校验）。不得公布个人银行卡号，请删除；通报里写“已退还”“已上缴”即可。",
            message: "content/news/bad.md:5:7: 错误: 这里像是银行卡号（6222***********0128）。不得公布个人银行卡号，请删除。… [PRIVACY_BANK_CARD]",
            wrong: DiagnosticExample("content/notices/result.md", """
                违纪款项已退还至当事人账户 6222 0212 3456 7890 128。
                """),
            fixed: DiagnosticExample("content/notices/result.md", """
                违纪款项已按规定退还当事人。
                """)),
        DiagnosticEntry(
            "PRIVACY_EMAIL", .error, .privacy,
            title: "个人电子邮箱",
            explanation: "这里有个人电子邮箱（QQ、163/126、新浪、Gmail 等，或用户名全是数字的邮箱）。不得公布个人邮箱，请删除；对外只公布单位邮箱。",
            message: "content/news/bad.md:5:6: 错误: 这里有个人电子邮箱（12***@qq.com）。不得公布个人邮箱，请删除。… [PRIVACY_EMAIL]",
            wrong: DiagnosticExample("content/news/essay-contest.md", """
                来稿请发送至 12345678@qq.com。
                """),
            fixed: DiagnosticExample("content/news/essay-contest.md", """
                来稿请交区纪委监委宣传部。
                """)),
        DiagnosticEntry(
            "PRIVACY_EMAIL_UNLISTED", .warning, .privacy,
            title: "邮箱不在公开名单中",
            explanation: "这里有一个不在允许名单中的邮箱（不是常见的个人邮箱）。如果是单位对外公开的邮箱，把它加入 site.yml 的 `privacy_allow`；如果是个人邮箱，请删除。",
            message: "content/news/bad.md:5:27: 警告: 这里有电子邮箱（of***@example.gov.cn），它不在公开邮箱名单中。如果这是单位对外公开的邮箱，请把它加入 site.yml 的 privacy_allow；如果是个人邮箱，请删除。 [PRIVACY_EMAIL_UNLISTED]",
            wrong: DiagnosticExample("content/news/essay-contest.md（site.yml 没有列出这个邮箱）", """
                来稿请发送至 office@example.gov.cn。
                """),
            fixed: DiagnosticExample("content/site.yml（确认是单位公开邮箱后）", """
                privacy_allow: ["office@example.gov.cn"]
                """)),
    ]

    // MARK: 内部内容和发布时间

    static let lifecycle: [DiagnosticEntry] = [
        DiagnosticEntry(
            "INTERNAL_SECTION_LISTED", .warning, .lifecycle,
            title: "site.yml 列出了内部栏目",
            explanation: "site.yml 的 `nav`、`features` 或 `latest_section` 列出了内部栏目。",
            message: "content/site.yml:3:1: 警告: site.yml 的 nav 列出了内部栏目“inner”（visibility: internal），它不会出现在公开网站上。请从 nav 中删除。 [INTERNAL_SECTION_LISTED]",
            wrong: DiagnosticExample("content/site.yml", """
                nav: [scope, channels, news, inner]
                """),
            fixed: DiagnosticExample("content/site.yml", """
                nav: [scope, channels, news]
                """)),
        DiagnosticEntry(
            "INTERNAL_FILE_WITHHELD", .note, .lifecycle,
            title: "文件只供内部页面使用",
            explanation: "内部栏目里的文件，或只被内部页面使用的文件，不复制到公开网站。",
            message: "content/inner/table.png:1:1: 提示: 这个文件只供内部页面使用（或在内部栏目里），不会复制到公开网站。 [INTERNAL_FILE_WITHHELD]",
            wrong: DiagnosticExample(DiagnosticExample.folder, """
                content/inner/         ← _index.md 写了 visibility: internal
                  schedule.md
                  table.png            ← 只供内部页面使用，不公开（不用改）
                """),
            fixed: DiagnosticExample(DiagnosticExample.folder + "（这张图也要公开时）", """
                content/news/
                  launch.md            ← 公开页面里写 ![专项检查分组表](table.png)
                  table.png
                """)),
        DiagnosticEntry(
            "PAGE_EXPIRED", .warning, .lifecycle,
            title: "页面已过期",
            explanation: "页面已过 `expires` 日期，会从网站上撤下。如果还要发布，请把 `expires` 改到以后，或删去这一行。",
            message: "content/news/old.md:4:10: 警告: 页面已于 2025年12月31日过期，不再发布，会从网站上撤下。如果还要发布，请修改或删除 expires。 [PAGE_EXPIRED]",
            wrong: DiagnosticExample("content/notices/hotline-hours.md（还要继续公布）", """
                ---
                title: 春节期间举报电话接听安排
                expires: 2025-12-31
                ---
                """),
            fixed: DiagnosticExample("content/notices/hotline-hours.md", """
                ---
                title: 春节期间举报电话接听安排
                expires: 2026-12-31
                ---
                """)),
        DiagnosticEntry(
            "PAGE_FUTURE", .note, .lifecycle,
            title: "发布日期还没到",
            explanation: "`date` 还没到，这个页面现在不发布；到期后重新生成网站时才出现。想现在就发布，把 `date` 改为今天或以前。",
            message: "content/news/later.md:3:7: 提示: 发布日期 2026-12-01 09:00 还没到，这个页面现在不发布；到期后重新生成网站时才会出现。 [PAGE_FUTURE]",
            wrong: DiagnosticExample("content/news/later.md（本想今天就发布）", """
                ---
                title: 十二月工作动态
                date: 2026-12-01 09:00
                ---
                """),
            fixed: DiagnosticExample("content/news/later.md（日期改为今天或以前）", """
                ---
                title: 十二月工作动态
                date: 2026-11-01 09:00
                ---
                """)),
    ]

    // MARK: 模板和输出（设计人员）

    static let templates: [DiagnosticEntry] = [
        DiagnosticEntry(
            "TEMPLATES_MISSING", .error, .templates,
            title: "找不到模板文件夹",
            explanation: "找不到模板文件夹，或没有权限读取。站点里没有 templates/ 时使用内置模板；内置模板也缺失时请重新安装 zhengfeng。",
            message: "templates/:1:1: 错误: 找不到模板文件夹 templates/。 [TEMPLATES_MISSING]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, """
                ls -ld templates
                d---------  templates        # 没有读取权限
                """),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                chmod -R u+rX templates
                """)),
        DiagnosticEntry(
            "TEMPLATE_SYNTAX", .error, .templates,
            title: "模板语法错误",
            explanation: "Mustache 模板语法错误：`{{ }}` 没有成对，或区块 `{{#…}}` 没有对应的 `{{/…}}`。按消息里的行号检查这一处。",
            message: "templates/page.mustache:3:1: 错误: 模板语法错误（expectedSectionEnd）。请检查 {{ }} 标签是否成对、区块 {{#…}} 是否有对应的 {{/…}}。 [TEMPLATE_SYNTAX]",
            wrong: DiagnosticExample("templates/page.mustache", """
                {{#page.tags}}
                  <span class="tag">{{.}}</span>
                """),
            fixed: DiagnosticExample("templates/page.mustache", """
                {{#page.tags}}
                  <span class="tag">{{.}}</span>
                {{/page.tags}}
                """)),
        DiagnosticEntry(
            "TEMPLATE_MISSING_PARTIAL", .error, .templates,
            title: "引用的模板不存在",
            explanation: "模板引用了不存在的局部模板或父模板。请检查名称拼写，或在 templates/ 中新建这个模板。",
            message: "templates/page.mustache:1:7: 错误: 模板引用了不存在的模板“partials/nothere”。请检查名称拼写，或在 templates/ 中新建 partials/nothere.mustache。 [TEMPLATE_MISSING_PARTIAL]",
            wrong: DiagnosticExample("templates/page.mustache", """
                {{>partials/fotter}}
                """),
            fixed: DiagnosticExample("templates/page.mustache", """
                {{>partials/footer}}
                """)),
        DiagnosticEntry(
            "TEMPLATE_MISSING", .error, .templates,
            title: "页面设置的模板不存在",
            explanation: "页面设置的 `template` 不存在。请在 templates/ 中新建这个模板，或删去页面设置里的 `template`，使用默认模板。",
            message: "content/news/a.md:1:1: 错误: 找不到模板“special”（templates/special.mustache）。请新建这个模板，或修改页面设置中的 template。 [TEMPLATE_MISSING]",
            wrong: DiagnosticExample("content/news/march.md（templates/ 里没有 special.mustache）", """
                ---
                title: 三月工作动态
                template: special
                ---
                """),
            fixed: DiagnosticExample("content/news/march.md（删去 template，使用默认模板）", """
                ---
                title: 三月工作动态
                ---
                """)),
        DiagnosticEntry(
            "TEMPLATE_CACHE_SYNTAX", .error, .templates,
            title: "缓存声明写法不对",
            explanation: "局部模板第一行的缓存声明写法不对。只能写 `{{! zhengfeng: cache }}`（所有页面共用一份），或 `{{! zhengfeng: cache by 变量名 }}`（按变量的值各存一份）。",
            message: "templates/partials/header.mustache:1:1: 错误: 缓存声明写法不对。请写成 {{! zhengfeng: cache }}（所有页面共用一份），或 {{! zhengfeng: cache by nav }}（按 nav 的值各存一份）。 [TEMPLATE_CACHE_SYNTAX]",
            wrong: DiagnosticExample("templates/partials/footer.mustache", """
                {{! zhengfeng: cached }}
                <footer>{{site.sponsor}}</footer>
                """),
            fixed: DiagnosticExample("templates/partials/footer.mustache", """
                {{! zhengfeng: cache }}
                <footer>{{site.sponsor}}</footer>
                """)),
        DiagnosticEntry(
            "TEMPLATE_CACHE_PLACEMENT", .error, .templates,
            title: "缓存的局部模板引用位置不对",
            explanation: "声明了缓存的局部模板被缩进引用，或被当作 `{{<…}}` 上级模板。",
            message: "templates/page.mustache:4:3: 错误: “partials/footer”声明了缓存，只能用 {{>partials/footer}} 顶格引用（行首不留空格），不能缩进，也不能作为 {{<…}} 上级模板。 [TEMPLATE_CACHE_PLACEMENT]",
            wrong: DiagnosticExample("templates/page.mustache", """
                <body>
                  {{>partials/footer}}
                </body>
                """),
            fixed: DiagnosticExample("templates/page.mustache", """
                <body>
                {{>partials/footer}}
                </body>
                """)),
        DiagnosticEntry(
            "TEMPLATE_CACHE_RECURSIVE", .error, .templates,
            title: "缓存的局部模板引用了自己",
            explanation: "声明了缓存的局部模板直接或间接引用了自己，无法缓存。请去掉这个模板第一行的缓存声明。",
            message: "templates/partials/tree.mustache:1:1: 错误: “partials/tree”声明了缓存，但它（直接或间接）引用了自己。请去掉缓存声明。 [TEMPLATE_CACHE_RECURSIVE]",
            wrong: DiagnosticExample("templates/partials/tree.mustache", """
                {{! zhengfeng: cache }}
                <ul>{{#children}}<li>{{title}}{{>partials/tree}}</li>{{/children}}</ul>
                """),
            fixed: DiagnosticExample("templates/partials/tree.mustache", """
                <ul>{{#children}}<li>{{title}}{{>partials/tree}}</li>{{/children}}</ul>
                """)),
        DiagnosticEntry(
            "OUTPUT_UNSAFE", .error, .templates,
            title: "输出文件夹不安全",
            explanation: "输出文件夹会毁掉站点或别人的文件：是站点文件夹本身或它的上级、在 content/、templates/ 或 data/ 里面（含 content/data）、是主文件夹（$HOME）或它的上级、是 `/` 或 `/` 下的一级文件夹、是一个文件，或里面有 content 文件夹（另一个站点）。`--force` 也不能越过。什么都不写、不删（退出码 2）。请用 `--output` 指定站点以外的新文件夹。",
            message: "/srv/site:1:1: 错误: 不能把网站生成到 /srv/site：这是站点文件夹本身或它的上级文件夹，生成时会删除 content 和 templates。什么都没有写入，也没有删除。请用 --output 指定站点以外的一个新文件夹（默认是站点下的 output）。 [OUTPUT_UNSAFE]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, """
                cd ~/廉政网站
                zhengfeng build --output .
                """),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                cd ~/廉政网站
                zhengfeng build                     # 默认写到 ~/廉政网站/output
                """)),
        DiagnosticEntry(
            "OUTPUT_FOREIGN", .error, .templates,
            title: "输出文件夹里有不是 zhengfeng 生成的文件",
            explanation: "输出文件夹已存在、不是空的，但没有 zhengfeng 每次生成都会放在里面的标记文件 `.zhengfeng-output`，说明里面的文件不是 zhengfeng 写的，生成会把它们全部替换掉（退出码 2）。换一个空文件夹或新文件夹；确定不要里面的文件时加 `--force`。旧版 zhengfeng 生成的 output 也没有标记，第一次重新生成时同样需要 `--force`。",
            message: "/srv/www:1:1: 错误: /srv/www 里已有 3 个文件或文件夹，但不是 zhengfeng 生成的（没有 .zhengfeng-output 标记）。生成会把整个文件夹替换掉，里面的文件会丢失。请换一个空文件夹或新文件夹；确定不要里面的文件时，加上 --force。 [OUTPUT_FOREIGN]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, "zhengfeng build --output /srv/www"),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng build --output /srv/www-qingfeng           # 新文件夹
                zhengfeng build --output /srv/www --force            # 确定不要 /srv/www 里原有的文件
                """)),
        DiagnosticEntry(
            "OUTPUT_LOCKED", .error, .templates,
            title: "另一个 zhengfeng 正在写同一个输出文件夹",
            explanation: "另一个 zhengfeng（生成或预览）正在写同一个输出文件夹；消息里有它的进程号（退出码 2）。等它结束再运行，或用 `--output` 写到别处。那个进程一结束（包括被强行结束）锁就自动解除。",
            message: "/srv/site/output:1:1: 错误: 另一个 zhengfeng（进程号 4242）正在写入 /srv/site/output。同一个输出文件夹一次只能有一个生成或预览在写，请等它结束后再运行（或用 --output 写到别的文件夹）。 [OUTPUT_LOCKED]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng build &
                zhengfeng build
                """),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng build
                zhengfeng build --pdf          # 上一个结束后再运行
                """)),
        DiagnosticEntry(
            "OUTPUT_WRITE_FAILED", .error, .templates,
            title: "写入输出文件夹失败",
            explanation: "系统拒绝了一次写入：没有写入权限、磁盘或文件夹只读、磁盘已满等（退出码 2）。消息写明路径和原因；原有 output 保持不变。只有在把改动搬进 output 的最后一步才失败时，消息会说 output 只更新了一部分，下次生成会先把这次更新补完。按提示开放权限、清理磁盘或换一个输出文件夹。",
            message: "/srv/site/output/news/a/index.html:1:1: 错误: 写入文件失败：/srv/site/output/news/a/index.html（磁盘空间已满）。请清理磁盘空间后重新运行。原有的 output 文件夹保持不变。 [OUTPUT_WRITE_FAILED]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, "zhengfeng build --output /media/只读光盘/site"),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, "zhengfeng build --output ~/廉政网站-输出")),
        DiagnosticEntry(
            "OUTPUT_READ_FAILED", .error, .templates,
            title: "要复制的文件读不出来",
            explanation: "要复制到输出的文件（附件、图片、模板资源）在生成过程中读不出来：没有读取权限，或刚被移走（退出码 2）。原有 output 保持不变。",
            message: "/srv/site/content/guide/flow.png:1:1: 错误: 读取 /srv/site/content/guide/flow.png 失败（没有读取权限），无法把它复制到输出文件夹。请检查这个文件后重新运行。原有的 output 文件夹保持不变。 [OUTPUT_READ_FAILED]",
            wrong: DiagnosticExample(DiagnosticExample.folder, "content/guide/flow.png   （权限 000，谁都不能读）"),
            fixed: DiagnosticExample(DiagnosticExample.folder, "content/guide/flow.png   （权限 644，所有人可读）")),
        DiagnosticEntry(
            "OUTPUT_PATH_UNSAFE", .error, .templates,
            title: "要写入的位置在输出文件夹以外",
            explanation: "要写入的路径会落在输出文件夹以外（防御性检查，正常内容不会出现）。遇到时请把消息和站点文件发给维护人员。",
            message: "../x.html:1:1: 错误: 拒绝写入输出文件夹以外的位置：../x.html。请检查 slug 和文件名。 [OUTPUT_PATH_UNSAFE]",
            wrong: DiagnosticExample("（要写入的路径）", """
                ../x.html
                """),
            fixed: DiagnosticExample("（要写入的路径）", """
                news/x/index.html
                """)),
        DiagnosticEntry(
            "OUTPUT_WRITE", .error, .templates,
            title: "写文件失败",
            explanation: "写文件失败（磁盘满、无权限）。原有 output 不受影响。请腾出磁盘空间或检查输出文件夹的权限后重试。",
            message: "content/news/a.md:1:1: 错误: 写入失败：… [OUTPUT_WRITE]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng build --output /media/u盘/网站     # U 盘已满或写保护
                """),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                df -h /media/u盘                             # 查看剩余空间，清理或换一个 U 盘
                zhengfeng build --output /media/u盘/网站
                """)),
    ]

    // MARK: 印刷品和 PDF

    static let printing: [DiagnosticEntry] = [
        DiagnosticEntry(
            "PRINT_PAGE_SIZE", .error, .print,
            title: "纸张尺寸无法识别",
            explanation: "纸张尺寸无法识别。写 A5、A4、A4 landscape 或“宽mm 高mm”。",
            message: "content/site.yml:2:14: 错误: 纸张尺寸“大32开”无法识别。… [PRINT_PAGE_SIZE]",
            wrong: DiagnosticExample("content/site.yml", """
                print:
                  page_size: 大32开
                """),
            fixed: DiagnosticExample("content/site.yml", """
                print:
                  page_size: 140mm 203mm
                """)),
        DiagnosticEntry(
            "PRINT_EDITION", .error, .print,
            title: "印刷版本名不对",
            explanation: "`editions` 下的版本名不是 agencies、enterprises、communities、villages 之一。",
            message: "content/site.yml:6:5: 错误: 印刷版本“rural”无效，… [PRINT_EDITION]",
            wrong: DiagnosticExample("content/site.yml", """
                print:
                  editions:
                    rural:
                      text_scale: 1.4
                """),
            fixed: DiagnosticExample("content/site.yml", """
                print:
                  editions:
                    villages:
                      text_scale: 1.4
                """)),
        DiagnosticEntry(
            "PRINT_TEXT_SCALE", .error, .print,
            title: "字号倍数不对",
            explanation: "`text_scale` 不是 0.5 到 3 之间的数。它是正文字号的倍数，例如 1.4 表示放大到 1.4 倍。",
            message: "content/site.yml:9:19: 错误: text_scale 应是 0.5 到 3 之间的数，… [PRINT_TEXT_SCALE]",
            wrong: DiagnosticExample("content/site.yml", """
                print:
                  editions:
                    villages:
                      text_scale: 14
                """),
            fixed: DiagnosticExample("content/site.yml", """
                print:
                  editions:
                    villages:
                      text_scale: 1.4
                """)),
        DiagnosticEntry(
            "PRINT_MIN_BODY", .error, .print,
            title: "最小正文字号写得不对",
            explanation: "`min_body_pt` 是预检接受的最小正文字号（磅），应是 6 到 200 之间的数。进农村版默认 12，展板默认 28，三折页默认 10，其他默认 9。",
            message: "content/site.yml:9:20: 错误: min_body_pt 是印刷品正文的最小字号（磅），应是 6 到 200 之间的数，… [PRINT_MIN_BODY]",
            wrong: DiagnosticExample("content/site.yml", """
                print:
                  editions:
                    villages:
                      min_body_pt: 十二
                """),
            fixed: DiagnosticExample("content/site.yml", """
                print:
                  editions:
                    villages:
                      min_body_pt: 12
                """)),
        DiagnosticEntry(
            "PRINT_LEAFLET_PANELS", .error, .print,
            title: "三折页不是 6 栏",
            explanation: "三折页正反两面共 6 栏，`panels` 要正好列出 6 项，按顺序：外面的左、中、右，里面的左、中、右。",
            message: "content/site.yml:12:7: 错误: 三折页正反两面共 6 栏，panels 应正好列出 6 项，现在是 1 项。 [PRINT_LEAFLET_PANELS]",
            wrong: DiagnosticExample("content/site.yml", """
                print:
                  leaflet:
                    panels:
                      - {id: channels, title: 四种举报途径, kind: channels}
                """),
            fixed: DiagnosticExample("content/site.yml", """
                print:
                  leaflet:
                    panels:
                      - {id: false-accusation, title: 诬告陷害要追责, pages: [false-accusation/_index.md]}
                      - {id: channels, title: 四种举报途径, kind: channels}
                      - {id: cover, title: 信访举报明白卡, kind: cover}
                      - {id: scope, title: 这些问题，我们受理, pages: [scope/_index.md]}
                      - {id: excluded, title: 请找对地方, pages: [excluded/_index.md], show: summary}
                      - {id: real-name, title: 提倡实名举报, pages: [real-name/_index.md]}
                """)),
        DiagnosticEntry(
            "PRINT_BLOCK_KIND", .error, .print,
            title: "栏或展板的 kind 不对",
            explanation: "栏目或展板的 `kind` 不是 pages（页面正文，默认）、channels（举报途径）、cover（封面）之一。",
            message: "content/site.yml:20:9: 错误: kind 只能是 pages（页面正文）、channels（举报途径）或 cover（封面），… [PRINT_BLOCK_KIND]",
            wrong: DiagnosticExample("content/site.yml", """
                print:
                  boards:
                    items:
                      - id: channels
                        title: 四种举报途径
                        kind: qrcode
                """),
            fixed: DiagnosticExample("content/site.yml", """
                print:
                  boards:
                    items:
                      - id: channels
                        title: 四种举报途径
                        kind: channels
                """)),
        DiagnosticEntry(
            "PRINT_BLOCK_PAGES", .error, .print,
            title: "栏或展板没有列出页面",
            explanation: "正文栏或展板没有列出 `pages`，不知道印哪些页面。请用 `pages: [scope/_index.md]` 这样的写法列出页面文件。",
            message: "content/site.yml:18:9: 错误: “受理范围”没有列出页面。… [PRINT_BLOCK_PAGES]",
            wrong: DiagnosticExample("content/site.yml", """
                print:
                  boards:
                    items:
                      - id: rights
                        title: 检举控告人的权利和义务
                """),
            fixed: DiagnosticExample("content/site.yml", """
                print:
                  boards:
                    items:
                      - id: rights
                        title: 检举控告人的权利和义务
                        pages: [real-name/rights-duties.md]
                """)),
        DiagnosticEntry(
            "PRINT_BLOCK_ID", .error, .print,
            title: "栏或展板的 id 不对",
            explanation: "`id` 含小写字母、数字、连字符以外的字符（它会成为文件夹名）。",
            message: "content/site.yml:18:13: 错误: id“展板1”只能用小写字母、数字和连字符，它会成为文件夹名。 [PRINT_BLOCK_ID]",
            wrong: DiagnosticExample("content/site.yml", """
                print:
                  boards:
                    items:
                      - id: 展板1
                        title: 检举控告人的权利和义务
                        pages: [real-name/rights-duties.md]
                """),
            fixed: DiagnosticExample("content/site.yml", """
                print:
                  boards:
                    items:
                      - id: rights
                        title: 检举控告人的权利和义务
                        pages: [real-name/rights-duties.md]
                """)),
        DiagnosticEntry(
            "PRINT_CONTENT_MISSING", .error, .print,
            title: "印刷品收录的内容不存在",
            explanation: "site.yml 里列出的栏目或页面不存在。栏目写文件夹名（scope），单页写文件路径（about/plan.md）。",
            message: "content/site.yml:6:17: 错误: 印刷品要收录的“nowhere.md”不存在。… [PRINT_CONTENT_MISSING]",
            wrong: DiagnosticExample("content/site.yml", """
                print:
                  editions:
                    villages:
                      contents: [scope, channels, plan.md]
                """),
            fixed: DiagnosticExample("content/site.yml", """
                print:
                  editions:
                    villages:
                      contents: [scope, channels, about/plan.md]
                """)),
        DiagnosticEntry(
            "PDF_WEASYPRINT_MISSING", .error, .print,
            title: "没有安装 WeasyPrint",
            explanation: "没有安装 WeasyPrint。网站和印刷品 HTML 照常发布，只是没有 PDF（退出码 2）。安装：`sudo apt-get install weasyprint`。",
            message: "weasyprint:1:1: 错误: 未找到 WeasyPrint，无法生成 PDF。请安装：sudo apt-get install weasyprint（或运行 make pdf）。… [PDF_WEASYPRINT_MISSING]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng build --pdf            # 这台电脑没有装 WeasyPrint
                """),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                sudo apt-get install weasyprint
                zhengfeng build --pdf
                """)),
        DiagnosticEntry(
            "PDF_FAILED", .error, .print,
            title: "生成 PDF 失败",
            explanation: "WeasyPrint 处理某个文件失败；消息附有它的最后几行输出。这次不保留任何 PDF。常见原因是内存不足、磁盘已满或缺少中文字体。",
            message: "print/villages/index.html:1:1: 错误: WeasyPrint 生成 print/villages.pdf 失败：… [PDF_FAILED]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng build --pdf            # 消息最后几行提到找不到字体
                """),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                sudo apt-get install fonts-noto-cjk
                zhengfeng build --pdf
                """)),
        DiagnosticEntry(
            "PDF_NOT_PUBLISHED", .error, .print,
            title: "预览里的印刷品不会正式发布",
            explanation: "`zhengfeng serve` 的 PDF 按正式生成的网站来做（正式网址、不含草稿）。这份印刷品只在预览里有，例如它的内容全是草稿页，正式生成时没有它，所以不生成 PDF。",
            message: "print/notices/index.html:1:1: 错误: print/notices.pdf 只在预览里有（例如来自草稿页），正式生成的网站没有这份印刷品，所以不生成 PDF。 [PDF_NOT_PUBLISHED]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng serve                  # 通报页都还是草稿（draft: true），打开 /print/notices.pdf
                """),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                # 通报可以发布时，删掉那一页的 draft: true 并保存，再打开 /print/notices.pdf
                zhengfeng serve
                """)),
        DiagnosticEntry(
            "PDF_PAD_MARKER", .error, .print,
            title: "宣传册模板缺少补页标记",
            explanation: "宣传册页数不是 4 的倍数，但自定义模板里没有 `<!-- zhengfeng:pad -->` 标记，无法补空白页。",
            message: "print/villages/index.html:1:1: 错误: … 无法补空白页。请在封底之前加上这一行。 [PDF_PAD_MARKER]",
            wrong: DiagnosticExample("templates/print/brochure.mustache", """
                {{/chapters}}
                <section class="back-cover">
                """),
            fixed: DiagnosticExample("templates/print/brochure.mustache", """
                {{/chapters}}
                <!-- zhengfeng:pad -->
                <section class="back-cover">
                """)),
        DiagnosticEntry(
            "PDF_PAGE_COUNT", .error, .print,
            title: "补页后页数仍不对",
            explanation: "补空白页后页数仍不是 4 的倍数（通常是封底内容超过一页）。",
            message: "print/villages/index.html:1:1: 错误: print/villages.pdf 补空白页后仍是 45 页，… [PDF_PAGE_COUNT]",
            wrong: DiagnosticExample("templates/print/brochure.mustache（封底放了全部举报途径的详细说明，排成两页）", """
                <section class="back-cover">
                  {{#channels}}<h3>{{name}}</h3><p>{{description}}</p>{{/channels}}
                </section>
                """),
            fixed: DiagnosticExample("templates/print/brochure.mustache（封底内容缩短到一页）", """
                <section class="back-cover">
                  {{#channels}}<p>{{name}}</p>{{/channels}}
                </section>
                """)),
    ]

    // MARK: 新建页面和站点

    static let scaffold: [DiagnosticEntry] = [
        DiagnosticEntry(
            "FILE_EXISTS", .error, .scaffold,
            title: "要新建的文件已存在",
            explanation: "`zhengfeng new` 的 `--slug` 已被这个栏目里的另一个页面用作网址名（文件名或 `slug:`），没有新建。请换一个 `--slug`，或不写它（按日期自动取）。",
            message: "content/news:1:1: 错误: 栏目 content/news 里已有网址名为“march”的页面，未新建。请换一个 --slug。 [FILE_EXISTS]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng new news 三月工作动态 --slug march      # content/news 里已有网址名 march
                """),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng new news 三月工作动态 --slug march-meeting
                """)),
        DiagnosticEntry(
            "SITE_EXISTS", .error, .scaffold,
            title: "文件夹里已有站点",
            explanation: "目标文件夹里已有 content，`zhengfeng init` 不会覆盖已有的站点，什么也没有改。请换一个新文件夹。",
            message: "/srv/site:1:1: 错误: 这里已经有 content 文件夹，未做任何修改。 [SITE_EXISTS]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng init ~/廉政网站          # 这里已经有站点
                """),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng init ~/廉政网站-新
                """)),
    ]

    // MARK: 查询代码

    static let commands: [DiagnosticEntry] = [
        DiagnosticEntry(
            "EXPLAIN_UNKNOWN_CODE", .error, .commands,
            title: "没有这个代码",
            explanation: "`zhengfeng explain` 后面的代码不存在，多半是拼写错误；消息列出最接近的几个代码（退出码 2）。不带代码运行 `zhengfeng explain` 列出全部代码。",
            message: "错误: 没有代码“LINK_BROKNE”。是不是想查：LINK_BROKEN、LINK_ANCHOR、LINK_OUTSIDE？不带代码运行 zhengfeng explain 可以列出全部代码。 [EXPLAIN_UNKNOWN_CODE]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng explain LINK_BROKNE
                """),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng explain LINK_BROKEN
                """)),
    ]
}
