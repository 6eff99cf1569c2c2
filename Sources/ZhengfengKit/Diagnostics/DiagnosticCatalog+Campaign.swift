extension DiagnosticCatalog {
    /// 宣传年工作数据: the campaign's tables, units, visits, register totals and questionnaire
    /// (content/data/, see docs/campaign-data.md), and the release gate's sample data.
    static let campaign: [DiagnosticEntry] = [
        DiagnosticEntry(
            "CAMPAIGN_FIGURE_UNKNOWN", .error, .campaign,
            title: "要公开的工作数字名称不对",
            explanation: "site.yml 的 `campaign: public_figures:` 列出公开网站上显示哪些宣传年汇总数字（首页“宣传年工作进展”）。只能写这几个名称，一字不差：四进活动场次、参与人数、发放资料份数（宣传年各单位报送合计）、实名举报率（今年与上年同期）、知晓率（问卷调查）。公开网站只显示这些合计数，不会出现单位名称、联系人或走访情况。不写 public_figures 就什么也不显示。",
            message: "content/site.yml:4:5: 错误: public_figures 里的“活动次数”不是可以公开的数字。只能写这些（一字不差）：四进活动场次、参与人数、发放资料份数、实名举报率、知晓率。请改成其中之一，或删去这一项。 [CAMPAIGN_FIGURE_UNKNOWN]",
            wrong: DiagnosticExample("content/site.yml", """
                title: 清风秦都
                base_url: https://www.example.gov.cn/lianzheng/
                campaign:
                  public_figures: [活动次数, 知晓率]
                """),
            fixed: DiagnosticExample("content/site.yml", """
                title: 清风秦都
                base_url: https://www.example.gov.cn/lianzheng/
                campaign:
                  public_figures: [四进活动场次, 知晓率]
                """)),
        DiagnosticEntry(
            "CAMPAIGN_FILE_UNREADABLE", .error, .campaign,
            title: "数据文件读不了",
            explanation: "content/data/ 下的报送表格、台账或问卷答卷读不了：文件不存在、超过 5 MB 或没有读取权限。",
            message: "content/data/reports/2026-05.csv:1:1: 错误: 无法读取这个数据文件（没有读取权限）。请检查文件是否存在、是否超过 5 MB、是否有读取权限。 [CAMPAIGN_FILE_UNREADABLE]",
            wrong: DiagnosticExample(DiagnosticExample.folder, "content/data/reports/2026-05.csv   （从网盘下载时只有管理员能读）"),
            fixed: DiagnosticExample(DiagnosticExample.folder, "content/data/reports/2026-05.csv   （另存一份到本机，人人可读）")),
        DiagnosticEntry(
            "CAMPAIGN_ENCODING", .error, .campaign,
            title: "表格文件的编码无法识别",
            explanation: "CSV 文件既不是 UTF-8 也不是 GBK/GB18030（Excel、WPS 保存的 CSV 都是这两种之一），多半是改了扩展名的其他文件，例如 .xls 改成了 .csv。",
            message: "content/data/reports/2026-05.csv:1:1: 错误: 无法读取这个表格文件：它既不是 UTF-8 也不是 GBK/GB18030 编码的 CSV（可能是改了扩展名的其他文件）。请在 Excel 或 WPS 中打开原表，用“另存为 → CSV（逗号分隔）”或“CSV UTF-8”重新保存。 [CAMPAIGN_ENCODING]",
            wrong: DiagnosticExample(DiagnosticExample.folder, "content/data/reports/2026-05.csv   （其实是 .xls 文件，只改了扩展名）"),
            fixed: DiagnosticExample(DiagnosticExample.folder, "content/data/reports/2026-05.csv   （Excel“另存为 → CSV（逗号分隔）”）")),
        DiagnosticEntry(
            "CAMPAIGN_CSV_SYNTAX", .error, .campaign,
            title: "CSV 格式有误",
            explanation: "CSV 文件的引号没有成对，表格读不出来。用 Excel 或 WPS 打开后重新“另存为 CSV”即可。",
            message: "content/data/reports/2026-05.csv:1:1: 错误: 表格文件的格式有误（unexpected quote），常见原因是某个单元格的引号没有成对。请在 Excel 或 WPS 中打开后重新“另存为 CSV”。 [CAMPAIGN_CSV_SYNTAX]",
            wrong: DiagnosticExample("content/data/reports/2026-05.csv", "单位,月份\n渭阳街道办事处,\"2026-05"),
            fixed: DiagnosticExample("content/data/reports/2026-05.csv", "单位,月份\n渭阳街道办事处,2026-05")),
        DiagnosticEntry(
            "CAMPAIGN_XLSX_UNREADABLE", .error, .campaign,
            title: "Excel 文件读不了",
            explanation: "以 .xlsx 结尾的文件不是有效的 Excel 工作簿（例如旧的 .xls 改了扩展名，或文件没有下载完整）。",
            message: "content/data/reports/2026-05.xlsx:1:1: 错误: 无法读取这个 Excel 文件（不是有效的压缩包）。请确认它是 .xlsx 格式（不是 .xls 或改了扩展名的文件）：在 Excel 或 WPS 中打开，用“另存为 → Excel 工作簿（*.xlsx）”重新保存。 [CAMPAIGN_XLSX_UNREADABLE]",
            wrong: DiagnosticExample(DiagnosticExample.folder, "content/data/reports/2026-05.xlsx   （其实是旧的 .xls 文件）"),
            fixed: DiagnosticExample(DiagnosticExample.folder, "content/data/reports/2026-05.xlsx   （“另存为 → Excel 工作簿（*.xlsx）”）")),
        DiagnosticEntry(
            "CAMPAIGN_COLUMN_MISSING", .error, .campaign,
            title: "表格缺少必填的列",
            explanation: "表格第 1 行是列名。报送表必须有“单位”“月份”两列，台账 metrics.csv 必须有月份和八项数字，问卷答卷必须有“对象”和每道题的 id。列名要一字不差。",
            message: "content/data/reports/2026-05.csv:1:1: 错误: 表格缺少“月份”列（第 1 行是列名，现有：单位、联系人）。请按 docs/campaign-data.md 的模板在第 1 行写上这些列名，名称要一字不差。 [CAMPAIGN_COLUMN_MISSING]",
            wrong: DiagnosticExample("content/data/reports/2026-05.csv", "单位,联系人\n渭阳街道办事处,联系人甲"),
            fixed: DiagnosticExample("content/data/reports/2026-05.csv", "单位,月份,联系人\n渭阳街道办事处,2026-05,联系人甲")),
        DiagnosticEntry(
            "CAMPAIGN_MONTH_INVALID", .error, .campaign,
            title: "月份写错了",
            explanation: "“月份”列要写成 2026-05 这样的年-月（也认 2026/5、2026年5月和 Excel 的日期），并且在宣传年（units.yml 的 year）内；台账也可以是上一年。",
            message: "content/data/reports/2026-05.csv:2:2: 错误: 第 2 行第 2 列的月份“2026-13”无法识别或不在 2026 年内。请写成“2026-05”这样的年-月。 [CAMPAIGN_MONTH_INVALID]",
            wrong: DiagnosticExample("content/data/reports/2026-05.csv", "单位,月份\n渭阳街道办事处,2026-13"),
            fixed: DiagnosticExample("content/data/reports/2026-05.csv", "单位,月份\n渭阳街道办事处,2026-05")),
        DiagnosticEntry(
            "CAMPAIGN_DATE_INVALID", .error, .campaign,
            title: "日期写错了",
            explanation: "刊播日期、走访日期和整改期限要写成 2026-05-20 这样的年-月-日（也认 2026/5/20、2026年5月20日和 Excel 的日期）。",
            message: "content/data/reports/2026-05.csv:2:4: 错误: 第 2 行第 4 列（“刊播日期”列）的日期“5月20号”无法识别。请写成“2026-05-20”这样的年-月-日。 [CAMPAIGN_DATE_INVALID]",
            wrong: DiagnosticExample("content/data/reports/2026-05.csv", "单位,月份,稿件标题,刊播日期\n渭阳街道办事处,2026-05,走进社区讲受理范围,5月20号"),
            fixed: DiagnosticExample("content/data/reports/2026-05.csv", "单位,月份,稿件标题,刊播日期\n渭阳街道办事处,2026-05,走进社区讲受理范围,2026-05-20")),
        DiagnosticEntry(
            "CAMPAIGN_NUMBER_INVALID", .error, .campaign,
            title: "数字列里写了文字",
            explanation: "四进活动场次、参与人数、发放资料份数和台账的各项数字只能填不小于 0 的整数；没有就填 0 或留空，说明文字写到“工作落实情况”列。不会把文字当成 0。",
            message: "content/data/reports/2026-05.csv:2:3: 错误: 第 2 行第 3 列（“四进活动场次”列）应当是不小于 0 的整数，现在是“三场”。请只填数字（没有就填 0），说明文字写到“工作落实情况”列。 [CAMPAIGN_NUMBER_INVALID]",
            wrong: DiagnosticExample("content/data/reports/2026-05.csv", "单位,月份,四进活动场次\n渭阳街道办事处,2026-05,三场"),
            fixed: DiagnosticExample("content/data/reports/2026-05.csv", "单位,月份,四进活动场次\n渭阳街道办事处,2026-05,3")),
        DiagnosticEntry(
            "CAMPAIGN_UNIT_UNKNOWN", .error, .campaign,
            title: "单位不在名单里",
            explanation: "报送表和走访记录里的单位要和 content/data/units.yml 名单中的写法完全一致（全称）。新单位请先加进名单。",
            message: "content/data/reports/2026-05.csv:2:1: 错误: 第 2 行第 1 列的单位“渭阳街道”不在 content/data/units.yml 的单位名单里。是不是“渭阳街道办事处”？请改成名单中的写法，或把新单位加进 units.yml。 [CAMPAIGN_UNIT_UNKNOWN]",
            wrong: DiagnosticExample("content/data/reports/2026-05.csv", "单位,月份\n渭阳街道,2026-05"),
            fixed: DiagnosticExample("content/data/reports/2026-05.csv", "单位,月份\n渭阳街道办事处,2026-05")),
        DiagnosticEntry(
            "CAMPAIGN_ROW_DUPLICATE", .error, .campaign,
            title: "重复的行",
            explanation: "同一单位同一月的数字填了两次、同一篇稿件列了两次、台账同一个月有两行，或 units.yml 中同一单位写了两次。重复的数据不会被相加，请删去多余的一行。",
            message: "content/data/units.yml:7:5: 错误: 单位“渭阳街道办事处”在 units.yml 中写了两次。请删去重复的一项。 [CAMPAIGN_ROW_DUPLICATE]",
            wrong: DiagnosticExample("content/data/units.yml", """
                year: 2026
                units:
                  - name: 渭阳街道办事处
                    kind: 街办
                    contact: 联系人甲
                  - name: 渭阳街道办事处
                    kind: 街办
                    contact: 联系人甲
                """),
            fixed: DiagnosticExample("content/data/units.yml", """
                year: 2026
                units:
                  - name: 渭阳街道办事处
                    kind: 街办
                    contact: 联系人甲
                """)),
        DiagnosticEntry(
            "CAMPAIGN_SETTING_INVALID", .error, .campaign,
            title: "单位名单、走访记录或问卷的设置不完整",
            explanation: "units.yml 要有 year（宣传年的年份）和 units（单位名单，每项有 name）；visits.yml 每次走访的 status 只能是“已整改”或“整改中”；survey.yml 每道题要有 id、text、options 和 answer。",
            message: "content/data/units.yml:1:1: 错误: units.yml 要写明宣传年的年份，例如 year: 2026。请补上或改正。 [CAMPAIGN_SETTING_INVALID]",
            wrong: DiagnosticExample("content/data/units.yml", """
                units:
                  - name: 渭阳街道办事处
                    contact: 联系人甲
                """),
            fixed: DiagnosticExample("content/data/units.yml", """
                year: 2026
                units:
                  - name: 渭阳街道办事处
                    contact: 联系人甲
                """)),
        DiagnosticEntry(
            "CAMPAIGN_ANSWER_INVALID", .error, .campaign,
            title: "问卷答卷填错了",
            explanation: "survey-results/ 下的答卷表，“对象”列只能是 机关、企业、社区、农村；每道题一列，填所选选项的字母（A、B、C…），没答的留空。",
            message: "content/data/survey-results/2026-05.csv:2:2: 错误: 第 2 行第 2 列（第 q1 题）的答案“D”不是这道题的选项。请填选项字母（A—C），没答的留空。 [CAMPAIGN_ANSWER_INVALID]",
            wrong: DiagnosticExample("content/data/survey-results/2026-05.csv", "对象,q1\n社区,D"),
            fixed: DiagnosticExample("content/data/survey-results/2026-05.csv", "对象,q1\n社区,A")),
        DiagnosticEntry(
            "PLACEHOLDER_SAMPLE_DATA", .error, .release,
            title: "示例工作数据不能正式发布",
            explanation: "content/data/units.yml 写了 `sample: true`：宣传年工作数据是演示用的示例。换成真实名单和各单位真实报送的文件后删去这一行。只在 `--release` 时是错误。",
            message: "content/data/units.yml:4:9: 错误: 宣传年工作数据标着 sample: true（示例数据，数字是为演示编写的），不能正式发布。请换成各单位真实报送的表格和真实的单位名单后，删去 units.yml 中的 sample: true。 [PLACEHOLDER_SAMPLE_DATA]",
            wrong: DiagnosticExample("content/data/units.yml", """
                sample: true
                year: 2026
                units:
                  - name: 渭阳街道办事处
                """),
            fixed: DiagnosticExample("content/data/units.yml", """
                year: 2026
                units:
                  - name: 渭阳街道办事处
                """)),
    ]
}
