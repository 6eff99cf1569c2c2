extension DiagnosticCatalog {
    // MARK: 案件通报（诬告陷害查处、澄清正名）

    /// The codes of case notices (`notice:` in front matter, see `CaseNotice`).
    static let notices: [DiagnosticEntry] = [
        DiagnosticEntry(
            "NOTICE_FIELD_TYPE", .error, .notices,
            title: "通报记录写法不对",
            explanation: "`notice:` 下面应是一组“键: 值”（每项另起一行，比 `notice:` 多缩进两格），每个值是一段文字；`name_consent` 要写明同意的记录，不能只写 true。记录有错的页面不发布。",
            message: "content/notices/liu.md:5:3: 错误: notice 应是一组“键: 值”设置（通报记录），每项另起一行、比 notice: 多缩进两格，例如“  kind: 澄清正名”。 [NOTICE_FIELD_TYPE]",
            wrong: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  - 澄清正名
                  - 刘某
                ---

                （通报的补充说明。）
                """),
            fixed: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  kind: 澄清正名
                  unit: 秦都区某街道某社区
                  position: 党委书记
                  name: 刘某
                  allegation: 在老旧小区改造中指定亲属承揽工程
                  reported: 2026-06
                  found: 2026-08
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  handled_by: 秦都区纪委监委
                  scope: 公开
                ---

                （通报的补充说明。）
                """)),
        DiagnosticEntry(
            "NOTICE_UNKNOWN_KEY", .error, .notices,
            title: "通报记录里有不认识的项目",
            explanation: "`notice:` 下面只能写 docs/editing.md“写一条通报”列出的项目（kind、unit、position、name……）。拼错的项目不会出现在通报里，请改正或删去。记录有错的页面不发布。",
            message: "content/notices/liu.md:15:3: 错误: 通报记录中的“penalty_date”不是认识的项目，通报里不会出现它。可用的项目见 docs/editing.md“写一条通报”。 [NOTICE_UNKNOWN_KEY]",
            wrong: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  kind: 澄清正名
                  unit: 秦都区某街道某社区
                  position: 党委书记
                  name: 刘某
                  allegation: 在老旧小区改造中指定亲属承揽工程
                  reported: 2026-06
                  found: 2026-08
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  handled_by: 秦都区纪委监委
                  scope: 公开
                  penalty_date: 2026-08
                ---

                （通报的补充说明。）
                """),
            fixed: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  kind: 澄清正名
                  unit: 秦都区某街道某社区
                  position: 党委书记
                  name: 刘某
                  allegation: 在老旧小区改造中指定亲属承揽工程
                  reported: 2026-06
                  found: 2026-08
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  handled_by: 秦都区纪委监委
                  scope: 公开
                ---

                （通报的补充说明。）
                """)),
        DiagnosticEntry(
            "NOTICE_FIELD_MISSING", .error, .notices,
            title: "通报记录缺少必填项",
            explanation: "通报记录必须有：kind、unit、position、name、reported、finding、handled_by、scope，诬告陷害查处还要 conduct；页面还要有 `date`（通报日期）。请补上这一项。记录有错的页面不发布。",
            message: "content/notices/liu.md:4:1: 错误: 通报记录缺少“handled_by”（处理机关）。请在 notice: 下面加一行“  handled_by: ……”（比 notice: 多缩进两格）。 [NOTICE_FIELD_MISSING]",
            wrong: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  kind: 澄清正名
                  unit: 秦都区某街道某社区
                  position: 党委书记
                  name: 刘某
                  allegation: 在老旧小区改造中指定亲属承揽工程
                  reported: 2026-06
                  found: 2026-08
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  scope: 公开
                ---

                （通报的补充说明。）
                """),
            fixed: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  kind: 澄清正名
                  unit: 秦都区某街道某社区
                  position: 党委书记
                  name: 刘某
                  allegation: 在老旧小区改造中指定亲属承揽工程
                  reported: 2026-06
                  found: 2026-08
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  handled_by: 秦都区纪委监委
                  scope: 公开
                ---

                （通报的补充说明。）
                """)),
        DiagnosticEntry(
            "NOTICE_DATE", .error, .notices,
            title: "通报记录的日期写法不对",
            explanation: "`reported`、`found` 写成 2026-03（只知道月份）或 2026-03-15，不能写“2026年6月”。",
            message: "content/notices/liu.md:10:13: 错误: 通报记录中的“reported”（诬告行为或收到举报的时间）不是有效的日期：“2026年6月”。请写成 2026-03（只知道月份）或 2026-03-15。 [NOTICE_DATE]",
            wrong: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  kind: 澄清正名
                  unit: 秦都区某街道某社区
                  position: 党委书记
                  name: 刘某
                  allegation: 在老旧小区改造中指定亲属承揽工程
                  reported: 2026年6月
                  found: 2026-08
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  handled_by: 秦都区纪委监委
                  scope: 公开
                ---

                （通报的补充说明。）
                """),
            fixed: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  kind: 澄清正名
                  unit: 秦都区某街道某社区
                  position: 党委书记
                  name: 刘某
                  allegation: 在老旧小区改造中指定亲属承揽工程
                  reported: 2026-06
                  found: 2026-08
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  handled_by: 秦都区纪委监委
                  scope: 公开
                ---

                （通报的补充说明。）
                """)),
        DiagnosticEntry(
            "NOTICE_KIND", .error, .notices,
            title: "通报类别无效",
            explanation: "`kind` 只能是“诬告陷害查处”（通报诬告陷害典型案例）或“澄清正名”（为受到不实举报的干部澄清）。",
            message: "content/notices/liu.md:5:9: 错误: 通报类别“澄清”无效，只能是“诬告陷害查处”（通报诬告陷害典型案例）或“澄清正名”（为受到不实举报的干部澄清）。 [NOTICE_KIND]",
            wrong: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  kind: 澄清
                  unit: 秦都区某街道某社区
                  position: 党委书记
                  name: 刘某
                  allegation: 在老旧小区改造中指定亲属承揽工程
                  reported: 2026-06
                  found: 2026-08
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  handled_by: 秦都区纪委监委
                  scope: 公开
                ---

                （通报的补充说明。）
                """),
            fixed: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  kind: 澄清正名
                  unit: 秦都区某街道某社区
                  position: 党委书记
                  name: 刘某
                  allegation: 在老旧小区改造中指定亲属承揽工程
                  reported: 2026-06
                  found: 2026-08
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  handled_by: 秦都区纪委监委
                  scope: 公开
                ---

                （通报的补充说明。）
                """)),
        DiagnosticEntry(
            "NOTICE_SCOPE", .error, .notices,
            title: "通报范围无效",
            explanation: "`scope` 只能是“公开”或“一定范围”。一定范围的通报只在内部生成（`--internal`）时出现，不上公开网站、微信和公开搜索；可以用 `audience` 写明发布范围（如“该街道干部职工”）。",
            message: "content/notices/liu.md:14:10: 错误: 通报范围“街道内”无效，只能是“公开”（在网站等公开发布）或“一定范围”（只在内部或指定范围发布，不上公开网站）。 [NOTICE_SCOPE]",
            wrong: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  kind: 澄清正名
                  unit: 秦都区某街道某社区
                  position: 党委书记
                  name: 刘某
                  allegation: 在老旧小区改造中指定亲属承揽工程
                  reported: 2026-06
                  found: 2026-08
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  handled_by: 秦都区纪委监委
                  scope: 街道内
                ---

                （通报的补充说明。）
                """),
            fixed: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  kind: 澄清正名
                  unit: 秦都区某街道某社区
                  position: 党委书记
                  name: 刘某
                  allegation: 在老旧小区改造中指定亲属承揽工程
                  reported: 2026-06
                  found: 2026-08
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  handled_by: 秦都区纪委监委
                  scope: 一定范围
                  audience: 该街道干部职工
                ---

                （通报的补充说明。）
                """)),
        DiagnosticEntry(
            "NOTICE_SCOPE_CONFLICT", .error, .notices,
            title: "一定范围的通报写了公开",
            explanation: "通报范围是“一定范围”，页面却写了 `visibility: public`。一定范围的通报永远不公开发布：请删去 `visibility` 这一行；确实要公开的，把 `scope` 改成“公开”。",
            message: "content/notices/liu.md:4:13: 错误: 这条通报的范围是“一定范围”，不能公开发布，但这里写了 visibility: public。请删去 visibility 这一行（一定范围的通报只在内部生成时出现）；确实要公开的，请把 notice 下的 scope 改成“公开”。 [NOTICE_SCOPE_CONFLICT]",
            wrong: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                visibility: public
                notice:
                  kind: 澄清正名
                  unit: 秦都区某街道某社区
                  position: 党委书记
                  name: 刘某
                  allegation: 在老旧小区改造中指定亲属承揽工程
                  reported: 2026-06
                  found: 2026-08
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  handled_by: 秦都区纪委监委
                  scope: 一定范围
                  audience: 该街道干部职工
                ---

                （通报的补充说明。）
                """),
            fixed: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  kind: 澄清正名
                  unit: 秦都区某街道某社区
                  position: 党委书记
                  name: 刘某
                  allegation: 在老旧小区改造中指定亲属承揽工程
                  reported: 2026-06
                  found: 2026-08
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  handled_by: 秦都区纪委监委
                  scope: 一定范围
                  audience: 该街道干部职工
                ---

                （通报的补充说明。）
                """)),
        DiagnosticEntry(
            "NOTICE_PENALTY", .error, .notices,
            title: "处分不在规定的种类中",
            explanation: "党纪处分（`party_penalty`）只能是：警告、严重警告、撤销党内职务、留党察看、开除党籍；政务处分（`official_penalty`）只能是：警告、记过、记大过、降级、撤职、开除。前面可以带“党内”“政务”，后面可以带“处分”。",
            message: "content/notices/zhang.md:13:18: 错误: 党纪处分“记过”不在《中国共产党纪律处分条例》规定的处分种类中。party_penalty 只能是：警告、严重警告、撤销党内职务、留党察看、开除党籍。 [NOTICE_PENALTY]",
            wrong: DiagnosticExample("content/notices/zhang.md", """
                ---
                title: 张某诬告陷害他人问题
                date: 2026-08-20
                notice:
                  kind: 诬告陷害查处
                  unit: 秦都区某街道办事处
                  position: 工作人员
                  name: 张某
                  conduct: 捏造同事“收受好处”的事实，多次匿名举报
                  reported: 2026-03
                  finding: 所反映问题系张某故意捏造
                  handled_by: 秦都区纪委监委
                  party_penalty: 记过
                  scope: 公开
                ---

                （通报的补充说明。）
                """),
            fixed: DiagnosticExample("content/notices/zhang.md", """
                ---
                title: 张某诬告陷害他人问题
                date: 2026-08-20
                notice:
                  kind: 诬告陷害查处
                  unit: 秦都区某街道办事处
                  position: 工作人员
                  name: 张某
                  conduct: 捏造同事“收受好处”的事实，多次匿名举报
                  reported: 2026-03
                  finding: 所反映问题系张某故意捏造
                  handled_by: 秦都区纪委监委
                  party_penalty: 严重警告
                  official_penalty: 记过
                  scope: 公开
                ---

                （通报的补充说明。）
                """)),
        DiagnosticEntry(
            "NOTICE_HANDLING_MISSING", .error, .notices,
            title: "诬告陷害通报没写怎么处理",
            explanation: "诬告陷害查处通报要写明由哪个机关给予了什么处分：党员写 `party_penalty`，公职人员写 `official_penalty`；两者都不是的写 `other_handling`（如移送公安机关依法处理）。",
            message: "content/notices/zhang.md:4:1: 错误: 诬告陷害查处通报要写明由哪个机关给予了什么处分。党员请加“  party_penalty: 党纪处分”，公职人员请加“  official_penalty: 政务处分”；两者都不是的，请加“  other_handling: 移送公安机关依法处理”之类的处理情况。 [NOTICE_HANDLING_MISSING]",
            wrong: DiagnosticExample("content/notices/zhang.md", """
                ---
                title: 张某诬告陷害他人问题
                date: 2026-08-20
                notice:
                  kind: 诬告陷害查处
                  unit: 秦都区某街道办事处
                  position: 工作人员
                  name: 张某
                  conduct: 捏造同事“收受好处”的事实，多次匿名举报
                  reported: 2026-03
                  finding: 所反映问题系张某故意捏造
                  handled_by: 秦都区纪委监委
                  scope: 公开
                ---

                （通报的补充说明。）
                """),
            fixed: DiagnosticExample("content/notices/zhang.md", """
                ---
                title: 张某诬告陷害他人问题
                date: 2026-08-20
                notice:
                  kind: 诬告陷害查处
                  unit: 秦都区某街道办事处
                  position: 工作人员
                  name: 张某
                  conduct: 捏造同事“收受好处”的事实，多次匿名举报
                  reported: 2026-03
                  finding: 所反映问题系张某故意捏造
                  handled_by: 秦都区纪委监委
                  party_penalty: 严重警告
                  scope: 公开
                ---

                （通报的补充说明。）
                """)),
        DiagnosticEntry(
            "NOTICE_CLEARING_ALLEGATION", .error, .notices,
            title: "澄清正名没写澄清哪个问题",
            explanation: "澄清正名只针对查明不属实的那一项具体问题，通报必须写明是哪一项：加 `allegation: 被反映的具体问题`。",
            message: "content/notices/liu.md:4:1: 错误: 澄清正名通报要写明澄清的是哪一项具体问题：澄清只针对查明不属实的那一项，不是对本人的全面评价。请在 notice: 下面加一行“  allegation: 被反映的具体问题”（例如“在老旧小区改造中指定亲属承揽工程”）。 [NOTICE_CLEARING_ALLEGATION]",
            wrong: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  kind: 澄清正名
                  unit: 秦都区某街道某社区
                  position: 党委书记
                  name: 刘某
                  reported: 2026-06
                  found: 2026-08
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  handled_by: 秦都区纪委监委
                  scope: 公开
                ---

                （通报的补充说明。）
                """),
            fixed: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  kind: 澄清正名
                  unit: 秦都区某街道某社区
                  position: 党委书记
                  name: 刘某
                  allegation: 在老旧小区改造中指定亲属承揽工程
                  reported: 2026-06
                  found: 2026-08
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  handled_by: 秦都区纪委监委
                  scope: 公开
                ---

                （通报的补充说明。）
                """)),
        DiagnosticEntry(
            "NOTICE_DATES_ORDER", .error, .notices,
            title: "通报的日期先后不对",
            explanation: "先有举报（`reported`），后有核查认定（`found`），再发通报（页面的 `date`）。某个日期早于前一步或晚于后一步时报这个错，请核对日期。只写到月份的日期与同月的具体日期不算先后颠倒。",
            message: "content/notices/liu.md:11:10: 错误: 核查认定时间（found: 2026年5月）早于收到举报的时间（reported: 2026年6月）。先有举报，后有核查，再发通报：请核对这两个日期。 [NOTICE_DATES_ORDER]",
            wrong: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  kind: 澄清正名
                  unit: 秦都区某街道某社区
                  position: 党委书记
                  name: 刘某
                  allegation: 在老旧小区改造中指定亲属承揽工程
                  reported: 2026-06
                  found: 2026-05
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  handled_by: 秦都区纪委监委
                  scope: 公开
                ---

                （通报的补充说明。）
                """),
            fixed: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  kind: 澄清正名
                  unit: 秦都区某街道某社区
                  position: 党委书记
                  name: 刘某
                  allegation: 在老旧小区改造中指定亲属承揽工程
                  reported: 2026-06
                  found: 2026-08
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  handled_by: 秦都区纪委监委
                  scope: 公开
                ---

                （通报的补充说明。）
                """)),
        DiagnosticEntry(
            "NOTICE_FULL_NAME", .error, .notices,
            title: "通报用了全名",
            explanation: "通报中的姓名一般写成“姓+某”（张某、欧阳某）。本人同意公开全名的，要在 `name_consent` 中写明同意的记录（时间、方式、存档号），否则是错误。",
            message: "content/notices/liu.md:8:9: 错误: 通报中的姓名“刘建国”是全名，但没有记录本人同意公开全名。请写成“刘某”；本人确已同意的，请在 notice: 下面加一行“  name_consent: 同意的记录（时间、方式、存档号）”。 [NOTICE_FULL_NAME]",
            wrong: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  kind: 澄清正名
                  unit: 秦都区某街道某社区
                  position: 党委书记
                  name: 刘建国
                  allegation: 在老旧小区改造中指定亲属承揽工程
                  reported: 2026-06
                  found: 2026-08
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  handled_by: 秦都区纪委监委
                  scope: 公开
                ---

                （通报的补充说明。）
                """),
            fixed: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  kind: 澄清正名
                  unit: 秦都区某街道某社区
                  position: 党委书记
                  name: 刘某
                  allegation: 在老旧小区改造中指定亲属承揽工程
                  reported: 2026-06
                  found: 2026-08
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  handled_by: 秦都区纪委监委
                  scope: 公开
                ---

                （通报的补充说明。）
                """)),
        DiagnosticEntry(
            "NOTICE_HOME_ADDRESS", .error, .notices,
            title: "通报里像是家庭住址",
            explanation: "通报记录的文字里有楼号、单元、室号或“家住”“住址”等字样。通报不得公布家庭住址，单位写到“某街道某社区”一级即可。身份证号、手机号由隐私检查（`PRIVACY_…`）查出。",
            message: "content/notices/liu.md:6:9: 错误: 通报记录的“unit”里像是家庭住址（“3号楼”）。通报不得公布家庭住址、门牌号，请删去，单位写到“某街道某社区”一级即可。 [NOTICE_HOME_ADDRESS]",
            wrong: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  kind: 澄清正名
                  unit: 秦都区某社区3号楼2单元
                  position: 党委书记
                  name: 刘某
                  allegation: 在老旧小区改造中指定亲属承揽工程
                  reported: 2026-06
                  found: 2026-08
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  handled_by: 秦都区纪委监委
                  scope: 公开
                ---

                （通报的补充说明。）
                """),
            fixed: DiagnosticExample("content/notices/liu.md", """
                ---
                title: 关于为刘某澄清正名的通报
                date: 2026-09-15
                notice:
                  kind: 澄清正名
                  unit: 秦都区某街道某社区
                  position: 党委书记
                  name: 刘某
                  allegation: 在老旧小区改造中指定亲属承揽工程
                  reported: 2026-06
                  found: 2026-08
                  finding: 工程由街道按规定程序组织实施，所反映问题与事实不符
                  handled_by: 秦都区纪委监委
                  scope: 公开
                ---

                （通报的补充说明。）
                """)),
    ]
}
