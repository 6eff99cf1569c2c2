extension DiagnosticCatalog {
    // MARK: 印刷品预检（生成 PDF 之后）

    /// The preflight of the print PDFs (Print/Preflight.swift): what a print shop would send back.
    static let preflight: [DiagnosticEntry] = [
        DiagnosticEntry(
            "PRINT_PAGE_UNDERFILLED", .error, .print,
            title: "印刷品某页太空",
            explanation: "PDF 的某一页文字只占不到 40% 的版面（封面、封底、空白页和一章或一篇的最后一页除外）。常见原因是列表或方框被设为不能跨页、标题与下文必须同页，整块内容被推到下一页。把长列表设为可以跨页，或调整内容。",
            message: "print/villages.pdf:1:1: 错误: print/villages.pdf 第 6 页只用了约 12% 的版面（至少 40%）。请把后面的内容移到这一页：检查列表或方框是否被设为不能跨页，或删减前一页的内容。 [PRINT_PAGE_UNDERFILLED]",
            wrong: DiagnosticExample("print.css（自定义样式）", """
                .page-body ul { break-inside: avoid; }
                """),
            fixed: DiagnosticExample("print.css（自定义样式）", """
                .page-body ul { break-inside: auto; orphans: 2; widows: 2; }
                """)),
        DiagnosticEntry(
            "PRINT_BLANK_PAGES", .error, .print,
            title: "连续两页空白",
            explanation: "骑马钉的宣传册页数要凑成 4 的倍数，最多只应补一页空白；连续两页或更多空白页说明内容需要调整（加长前言、合并或删减章节）。",
            message: "print/communities.pdf:1:1: 错误: print/communities.pdf 第 18–19 页：连续两页空白。请调整内容（例如增加前言或删减章节），让补空白页不超过一页。 [PRINT_BLANK_PAGES]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng build --pdf      # 第 17–19 页是补的空白页
                """),
            fixed: DiagnosticExample("site.yml（print.editions.communities.foreword 加长一段）", """
                foreword: |
                  居民朋友们：

                  （再加一段，让正文多占一页）
                """)),
        DiagnosticEntry(
            "PRINT_BODY_TOO_SMALL", .error, .print,
            title: "正文字号太小",
            explanation: "PDF 某一页上最常见的字号（正文）小于这一版的下限（site.yml 的 min_body_pt）：进农村版默认至少 12 磅（老年读者），展板至少 28 磅（两米外阅读），三折页至少 10 磅，其他至少 9 磅。封面不查。",
            message: "print/villages.pdf:1:1: 错误: print/villages.pdf 第 28 页：正文字号约 10.5 磅，小于这一版规定的 12 磅（site.yml print 设置里的 min_body_pt）。请调大这一版的 text_scale，或检查模板是否把这一页的字设得更小（templates/assets/css/print.css）。 [PRINT_BODY_TOO_SMALL]",
            wrong: DiagnosticExample("site.yml", """
                print:
                  editions:
                    villages:
                      text_scale: 1.0
                """),
            fixed: DiagnosticExample("site.yml", """
                print:
                  editions:
                    villages:
                      text_scale: 1.4
                """)),
        DiagnosticEntry(
            "PRINT_TEXT_NEAR_TRIM", .error, .print,
            title: "文字离裁切边太近",
            explanation: "裁切有 1–2 毫米误差，离成品边缘不到 5 毫米的文字可能被切掉。加大页边距或这一块的内边距。",
            message: "print/leaflet.pdf:1:1: 错误: print/leaflet.pdf 第 1 页：文字“扫码网上举报”离裁切边不到 5 毫米，裁切时可能被切掉。请加大页边距或这一块的内边距（templates/assets/css/print.css）。 [PRINT_TEXT_NEAR_TRIM]",
            wrong: DiagnosticExample("print.css（自定义样式）", """
                .panel { padding: 2mm; }
                """),
            fixed: DiagnosticExample("print.css（自定义样式）", """
                .panel { padding: 8mm 7mm; }
                """)),
        DiagnosticEntry(
            "PRINT_WEB_PHRASE", .error, .print,
            title: "印刷品上有只适合网页的说法",
            explanation: "印出来的文字里有“点击”“本页下方”“链接”这类只在网页上成立的说法。纸上不能点击，印刷品里也不一定有“本页下方”的内容。把这句话写成只在网页显示，另写一句印刷品上的说法（见 docs/print.md“网页和印刷品各自的文字”）。",
            message: "print/agencies.pdf:1:1: 错误: print/agencies.pdf 第 9 页印有只适合网页的说法“本页下方”。纸上不能点击，也没有“本页下方”。请把这句话标为只在网页显示（docs/print.md“网页和印刷品各自的文字”），并写出印刷品上的说法。 [PRINT_WEB_PHRASE]",
            wrong: DiagnosticExample("页面正文", """
                举报方式见本页下方举报途径信息。
                """),
            fixed: DiagnosticExample("页面正文", """
                <div class="web-only">举报方式见本页下方举报途径信息。</div>
                <div class="print-only">举报方式见本册封底。</div>
                """)),
        DiagnosticEntry(
            "PRINT_PANEL_EMPTY", .error, .print,
            title: "三折页的一栏或展板有大块空白",
            explanation: "三折页的一栏（封面除外）或展板的正文区里，有一段没有文字的空白超过这一栏高度的 25%。印出来像没做完。给这一栏加内容、去掉 show: summary 印全文，或用这一栏的 text_scale 把字放大。",
            message: "print/leaflet.pdf:1:1: 错误: print/leaflet.pdf 第 2 页第 1 栏“这些问题，我们受理”有一块约占 40% 高度的空白（最多 25%）。请给这一栏加内容（site.yml print 里这一栏的 pages，或去掉 show: summary），或用这一栏的 text_scale 把字放大。 [PRINT_PANEL_EMPTY]",
            wrong: DiagnosticExample("site.yml（print.boards.items）", """
                print:
                  boards:
                    items:
                      - {id: rights, title: 检举控告人的权利和义务, pages: [real-name/rights-duties.md]}
                """),
            fixed: DiagnosticExample("site.yml（print.boards.items）", """
                print:
                  boards:
                    items:
                      - {id: rights, title: 检举控告人的权利和义务, pages: [real-name/rights-duties.md], text_scale: 1.2}
                """)),
        DiagnosticEntry(
            "PROOF_NO_PDFS", .error, .print,
            title: "还没有 PDF，无法生成印刷品总览",
            explanation: "`zhengfeng proof` 把 `build --pdf` 生成的 PDF 逐页做成小图放进一个网页。生成文件夹的 print/ 里还没有 PDF：先生成 PDF。退出状态 1。",
            message: "output/print:1:1: 错误: output/print 里没有 PDF，无法生成印刷品总览。请先运行 zhengfeng build --pdf，再运行 zhengfeng proof。 [PROOF_NO_PDFS]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng proof
                """),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng build --pdf
                zhengfeng proof
                """)),
        DiagnosticEntry(
            "PROOF_FOLDER_IN_USE", .error, .print,
            title: "总览文件夹里有别的文件",
            explanation: "印刷品总览每次整个重写它的文件夹（默认站点下的 proof）。这个文件夹已有不是 `zhengfeng proof` 写的文件，为了不删掉它们，总览没有写。换一个文件夹，或把原文件夹移走。",
            message: "proof:1:1: 错误: proof 已有别的文件，印刷品总览不会覆盖它。请换一个文件夹（--output），或把这个文件夹移走。 [PROOF_FOLDER_IN_USE]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng proof --output content
                """),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng proof --output 印刷品总览
                """)),
        DiagnosticEntry(
            "PRINT_QR_TOO_SMALL", .error, .print,
            title: "二维码太小",
            explanation: "印刷品上的二维码至少要 20 毫米宽，手机才容易扫出。",
            message: "print/villages.pdf:1:1: 错误: print/villages.pdf 第 44 页：二维码只有约 15 毫米宽（至少 20 毫米），手机不易扫出。请在 print.css 里加大 .qr 的宽度。 [PRINT_QR_TOO_SMALL]",
            wrong: DiagnosticExample("print.css（自定义样式）", """
                .qr svg { width: 15mm; }
                """),
            fixed: DiagnosticExample("print.css（自定义样式）", """
                .qr svg { width: 24mm; }
                """)),
        DiagnosticEntry(
            "PRINT_QR_UNREADABLE", .error, .print,
            title: "二维码无法识别",
            explanation: "页面上印有“扫码”，但把这一页转成图片后识别不出二维码（被遮住、裁掉、颜色太浅或太小）。",
            message: "print/leaflet.pdf:1:1: 错误: print/leaflet.pdf 第 1 页印有“扫码”，但这一页上的二维码无法识别。请检查二维码是否被遮住、裁切或印得太小。 [PRINT_QR_UNREADABLE]",
            wrong: DiagnosticExample("print.css（自定义样式）", """
                .qr svg { opacity: 0.3; }
                """),
            fixed: DiagnosticExample("print.css（自定义样式）", """
                .qr svg { opacity: 1; }
                """)),
        DiagnosticEntry(
            "PRINT_FONT_NOT_EMBEDDED", .error, .print,
            title: "字体没有嵌入 PDF",
            explanation: "印刷版 PDF 里有未嵌入的字体，印刷厂的电脑会换成别的字体，版面可能变形。只使用已安装的字体。",
            message: "print/villages-press.pdf:1:1: 错误: print/villages-press.pdf：字体 SimSun 没有嵌入 PDF，印刷厂可能换成别的字体。请只使用已安装的字体（fonts-noto-cjk），不要在模板里引用系统没有的字体。 [PRINT_FONT_NOT_EMBEDDED]",
            wrong: DiagnosticExample("print.css（自定义样式）", """
                body { font-family: "SimSun"; }
                """),
            fixed: DiagnosticExample("print.css（自定义样式）", """
                body { font-family: "Noto Serif CJK SC", serif; }
                """)),
        DiagnosticEntry(
            "PRINT_IMAGE_LOW_RESOLUTION", .warning, .print,
            title: "图片分辨率不够印刷",
            explanation: "图片按印出来的尺寸不到 300 dpi，印刷后可能发虚。PDF 照常生成。",
            message: "print/villages.pdf:1:1: 警告: print/villages-press.pdf 第 12 页：图片按印刷尺寸只有 96 dpi（印刷需要 300 dpi），印出来可能发虚。请换用更大的原图，或把图片印小一些。 [PRINT_IMAGE_LOW_RESOLUTION]",
            wrong: DiagnosticExample(DiagnosticExample.folder, """
                content/news/会议.jpg   （640 × 480 像素，印成 12 厘米宽）
                """),
            fixed: DiagnosticExample(DiagnosticExample.folder, """
                content/news/会议.jpg   （相机原图 4000 × 3000 像素）
                """)),
        DiagnosticEntry(
            "PRINT_PREFLIGHT_SKIPPED", .warning, .print,
            title: "没有做印刷品预检",
            explanation: "检查 PDF 版面需要 poppler-utils 和 zbar-tools；没有安装时 PDF 照常生成，但不检查版面、字体和二维码。",
            message: "print/villages.pdf:1:1: 警告: 没有检查 print/villages.pdf 的版面（缺少 poppler-utils 或 zbar-tools）。请安装：sudo apt-get install poppler-utils zbar-tools，再生成一次 PDF。 [PRINT_PREFLIGHT_SKIPPED]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng build --pdf      # 没有安装 poppler-utils
                """),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                sudo apt-get install poppler-utils zbar-tools
                zhengfeng build --pdf
                """)),
        DiagnosticEntry(
            "PRINT_PREFLIGHT_TOOL", .error, .print,
            title: "预检工具运行失败",
            explanation: "检查 PDF 时 pdftotext、pdffonts、pdfimages、pdftoppm 或 zbarimg 出错（文件损坏、磁盘已满）。这次不保留任何 PDF。",
            message: "print/villages.pdf:1:1: 错误: 检查 PDF 时 pdftotext 运行失败（退出码 1）。请确认已安装 poppler-utils 和 zbar-tools（sudo apt-get install poppler-utils zbar-tools）。 [PRINT_PREFLIGHT_TOOL]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, """
                zhengfeng build --pdf      # 磁盘已满
                """),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, """
                df -h                      # 腾出空间后
                zhengfeng build --pdf
                """)),
    ]
}
