extension DiagnosticCatalog {
    /// 归不归纪委监委管？: the self-check tree of content/data/scope-check.yml (see docs/scope-check.md).
    static let scopeCheck: [DiagnosticEntry] = [
        DiagnosticEntry(
            "SCOPE_CHECK_ID", .error, .config,
            title: "问题或结果的 id 写法不对",
            explanation: "scope-check.yml 里每个问题、结果和部门的 `id` 只能用小写英文字母、数字和连字符（-），例如 `land-dispute`：问题和结果的 id 会成为网页地址（scope-check/land-dispute/）。",
            message: "content/data/scope-check.yml:12:9: 错误: 结果 id“Report”只能用小写英文字母、数字和连字符（-），例如 land-dispute：它会成为网页地址的一部分。请改一个。 [SCOPE_CHECK_ID]",
            wrong: DiagnosticExample("content/data/scope-check.yml", """
                title: 归不归纪委监委管？
                start: start
                questions:
                  - id: start
                    text: 您要反映的是什么事？
                    answers:
                      - text: 干部收钱办事
                        next: Report
                      - text: 邻里纠纷
                        next: civil
                outcomes:
                  - id: Report
                    kind: accepted
                    title: 归纪委监委管
                    channels: [phone]
                    real_name: 实名举报优先办理、优先处置、给予答复。
                    prepare: [被反映人和具体的事]
                  - id: civil
                    kind: excluded
                    title: 请找人民调解或者人民法院
                    reason: 邻里纠纷是民事纠纷，依法通过调解或者诉讼解决。
                    go_to: [court]
                authorities:
                  - id: court
                    name: 人民法院
                """),
            fixed: DiagnosticExample("content/data/scope-check.yml", """
                title: 归不归纪委监委管？
                start: start
                questions:
                  - id: start
                    text: 您要反映的是什么事？
                    answers:
                      - text: 干部收钱办事
                        next: report
                      - text: 邻里纠纷
                        next: civil
                outcomes:
                  - id: report
                    kind: accepted
                    title: 归纪委监委管
                    channels: [phone]
                    real_name: 实名举报优先办理、优先处置、给予答复。
                    prepare: [被反映人和具体的事]
                  - id: civil
                    kind: excluded
                    title: 请找人民调解或者人民法院
                    reason: 邻里纠纷是民事纠纷，依法通过调解或者诉讼解决。
                    go_to: [court]
                authorities:
                  - id: court
                    name: 人民法院
                """)),
        DiagnosticEntry(
            "SCOPE_CHECK_DUPLICATE_ID", .error, .config,
            title: "问题或结果的 id 重复",
            explanation: "答案靠 `next:` 里的 id 找到下一步，所以问题和结果的 id 不能重复（问题和结果之间也不能重复）；authorities 里的部门 id 也不能重复。",
            message: "content/data/scope-check.yml:18:9: 错误: id“report”用了两次。问题和结果的 id 都不能重复（答案的 next 靠它找到下一步），请给其中一个改名。 [SCOPE_CHECK_DUPLICATE_ID]",
            wrong: DiagnosticExample("content/data/scope-check.yml", """
                title: 归不归纪委监委管？
                start: start
                questions:
                  - id: start
                    text: 您要反映的是什么事？
                    answers:
                      - text: 干部收钱办事
                        next: report
                      - text: 邻里纠纷
                        next: civil
                outcomes:
                  - id: report
                    kind: accepted
                    title: 归纪委监委管
                    channels: [phone]
                    real_name: 实名举报优先办理、优先处置、给予答复。
                    prepare: [被反映人和具体的事]
                  - id: report
                    kind: excluded
                    title: 请找人民调解或者人民法院
                    reason: 邻里纠纷是民事纠纷，依法通过调解或者诉讼解决。
                    go_to: [court]
                authorities:
                  - id: court
                    name: 人民法院
                """),
            fixed: DiagnosticExample("content/data/scope-check.yml", """
                title: 归不归纪委监委管？
                start: start
                questions:
                  - id: start
                    text: 您要反映的是什么事？
                    answers:
                      - text: 干部收钱办事
                        next: report
                      - text: 邻里纠纷
                        next: civil
                outcomes:
                  - id: report
                    kind: accepted
                    title: 归纪委监委管
                    channels: [phone]
                    real_name: 实名举报优先办理、优先处置、给予答复。
                    prepare: [被反映人和具体的事]
                  - id: civil
                    kind: excluded
                    title: 请找人民调解或者人民法院
                    reason: 邻里纠纷是民事纠纷，依法通过调解或者诉讼解决。
                    go_to: [court]
                authorities:
                  - id: court
                    name: 人民法院
                """)),
        DiagnosticEntry(
            "SCOPE_CHECK_NO_ANSWERS", .error, .config,
            title: "问题没有答案",
            explanation: "每个问题都要在 `answers:` 下列出答案，每个答案写 `text:`（答案）和 `next:`（下一步的 id）。没有答案的问题，群众走到这里就停住了。",
            message: "content/data/scope-check.yml:13:5: 错误: 问题“是哪一类事？”没有答案，群众走到这里就走不下去了。请在 answers: 下至少写一个答案（text: 答案，next: 下一步的 id）。 [SCOPE_CHECK_NO_ANSWERS]",
            wrong: DiagnosticExample("content/data/scope-check.yml", """
                title: 归不归纪委监委管？
                start: start
                questions:
                  - id: start
                    text: 您要反映的是什么事？
                    answers:
                      - text: 干部收钱办事
                        next: report
                      - text: 邻里纠纷
                        next: civil
                      - text: 别的事
                        next: more
                  - id: more
                    text: 是哪一类事？
                outcomes:
                  - id: report
                    kind: accepted
                    title: 归纪委监委管
                    channels: [phone]
                    real_name: 实名举报优先办理、优先处置、给予答复。
                    prepare: [被反映人和具体的事]
                  - id: civil
                    kind: excluded
                    title: 请找人民调解或者人民法院
                    reason: 邻里纠纷是民事纠纷，依法通过调解或者诉讼解决。
                    go_to: [court]
                authorities:
                  - id: court
                    name: 人民法院
                """),
            fixed: DiagnosticExample("content/data/scope-check.yml", """
                title: 归不归纪委监委管？
                start: start
                questions:
                  - id: start
                    text: 您要反映的是什么事？
                    answers:
                      - text: 干部收钱办事
                        next: report
                      - text: 邻里纠纷
                        next: civil
                      - text: 别的事
                        next: more
                  - id: more
                    text: 是哪一类事？
                    answers:
                      - text: 欠钱不还
                        next: civil
                outcomes:
                  - id: report
                    kind: accepted
                    title: 归纪委监委管
                    channels: [phone]
                    real_name: 实名举报优先办理、优先处置、给予答复。
                    prepare: [被反映人和具体的事]
                  - id: civil
                    kind: excluded
                    title: 请找人民调解或者人民法院
                    reason: 邻里纠纷是民事纠纷，依法通过调解或者诉讼解决。
                    go_to: [court]
                authorities:
                  - id: court
                    name: 人民法院
                """)),
        DiagnosticEntry(
            "SCOPE_CHECK_OUTCOME_KIND", .error, .config,
            title: "结果的 kind 写错了",
            explanation: "每个结果要写 `kind: accepted`（归纪委监委管）或 `kind: excluded`（不归纪委监委管），网页和展板据此显示“归”或“不归”。",
            message: "content/data/scope-check.yml:13:11: 错误: kind 只能写 accepted（归纪委监委管）或 excluded（不归纪委监委管），现在是“yes”。 [SCOPE_CHECK_OUTCOME_KIND]",
            wrong: DiagnosticExample("content/data/scope-check.yml", """
                title: 归不归纪委监委管？
                start: start
                questions:
                  - id: start
                    text: 您要反映的是什么事？
                    answers:
                      - text: 干部收钱办事
                        next: report
                      - text: 邻里纠纷
                        next: civil
                outcomes:
                  - id: report
                    kind: yes
                    title: 归纪委监委管
                    channels: [phone]
                    real_name: 实名举报优先办理、优先处置、给予答复。
                    prepare: [被反映人和具体的事]
                  - id: civil
                    kind: excluded
                    title: 请找人民调解或者人民法院
                    reason: 邻里纠纷是民事纠纷，依法通过调解或者诉讼解决。
                    go_to: [court]
                authorities:
                  - id: court
                    name: 人民法院
                """),
            fixed: DiagnosticExample("content/data/scope-check.yml", """
                title: 归不归纪委监委管？
                start: start
                questions:
                  - id: start
                    text: 您要反映的是什么事？
                    answers:
                      - text: 干部收钱办事
                        next: report
                      - text: 邻里纠纷
                        next: civil
                outcomes:
                  - id: report
                    kind: accepted
                    title: 归纪委监委管
                    channels: [phone]
                    real_name: 实名举报优先办理、优先处置、给予答复。
                    prepare: [被反映人和具体的事]
                  - id: civil
                    kind: excluded
                    title: 请找人民调解或者人民法院
                    reason: 邻里纠纷是民事纠纷，依法通过调解或者诉讼解决。
                    go_to: [court]
                authorities:
                  - id: court
                    name: 人民法院
                """)),
        DiagnosticEntry(
            "SCOPE_CHECK_OUTCOME_INCOMPLETE", .error, .config,
            title: "结果缺少内容",
            explanation: "归纪委监委管的结果（accepted）要写 `channels`（用哪个举报途径）、`real_name`（实名举报的好处）和 `prepare`（要准备什么）；不归的结果（excluded）要写 `reason`（为什么不归）和 `go_to`（该去找哪个部门），没有具体部门时写 `advice`（现在该怎么办）。",
            message: "content/data/scope-check.yml:12:5: 错误: 结果“归纪委监委管”缺少 channels（用哪个举报途径）。归纪委监委管的结果要告诉群众用哪个途径、实名的好处和要准备什么；不归的要说明原因和该去哪里。 [SCOPE_CHECK_OUTCOME_INCOMPLETE]",
            wrong: DiagnosticExample("content/data/scope-check.yml", """
                title: 归不归纪委监委管？
                start: start
                questions:
                  - id: start
                    text: 您要反映的是什么事？
                    answers:
                      - text: 干部收钱办事
                        next: report
                      - text: 邻里纠纷
                        next: civil
                outcomes:
                  - id: report
                    kind: accepted
                    title: 归纪委监委管
                    real_name: 实名举报优先办理、优先处置、给予答复。
                    prepare: [被反映人和具体的事]
                  - id: civil
                    kind: excluded
                    title: 请找人民调解或者人民法院
                    reason: 邻里纠纷是民事纠纷，依法通过调解或者诉讼解决。
                    go_to: [court]
                authorities:
                  - id: court
                    name: 人民法院
                """),
            fixed: DiagnosticExample("content/data/scope-check.yml", """
                title: 归不归纪委监委管？
                start: start
                questions:
                  - id: start
                    text: 您要反映的是什么事？
                    answers:
                      - text: 干部收钱办事
                        next: report
                      - text: 邻里纠纷
                        next: civil
                outcomes:
                  - id: report
                    kind: accepted
                    title: 归纪委监委管
                    channels: [phone]
                    real_name: 实名举报优先办理、优先处置、给予答复。
                    prepare: [被反映人和具体的事]
                  - id: civil
                    kind: excluded
                    title: 请找人民调解或者人民法院
                    reason: 邻里纠纷是民事纠纷，依法通过调解或者诉讼解决。
                    go_to: [court]
                authorities:
                  - id: court
                    name: 人民法院
                """)),
        DiagnosticEntry(
            "SCOPE_CHECK_UNKNOWN_STEP", .error, .config,
            title: "答案通向不存在的问题或结果",
            explanation: "`start:` 和每个答案的 `next:` 要写一个已有的问题或结果的 id，否则群众点了这个答案就走不下去。多半是 id 打错了字。",
            message: "content/data/scope-check.yml:8:15: 错误: 答案“干部收钱办事”的下一步“reprot”不存在：问题（questions）和结果（outcomes）里都没有这个 id。是不是想写“report”？请改成已有的 id，或者补上这个问题或结果。 [SCOPE_CHECK_UNKNOWN_STEP]",
            wrong: DiagnosticExample("content/data/scope-check.yml", """
                title: 归不归纪委监委管？
                start: start
                questions:
                  - id: start
                    text: 您要反映的是什么事？
                    answers:
                      - text: 干部收钱办事
                        next: reprot
                      - text: 邻里纠纷
                        next: civil
                outcomes:
                  - id: report
                    kind: accepted
                    title: 归纪委监委管
                    channels: [phone]
                    real_name: 实名举报优先办理、优先处置、给予答复。
                    prepare: [被反映人和具体的事]
                  - id: civil
                    kind: excluded
                    title: 请找人民调解或者人民法院
                    reason: 邻里纠纷是民事纠纷，依法通过调解或者诉讼解决。
                    go_to: [court]
                authorities:
                  - id: court
                    name: 人民法院
                """),
            fixed: DiagnosticExample("content/data/scope-check.yml", """
                title: 归不归纪委监委管？
                start: start
                questions:
                  - id: start
                    text: 您要反映的是什么事？
                    answers:
                      - text: 干部收钱办事
                        next: report
                      - text: 邻里纠纷
                        next: civil
                outcomes:
                  - id: report
                    kind: accepted
                    title: 归纪委监委管
                    channels: [phone]
                    real_name: 实名举报优先办理、优先处置、给予答复。
                    prepare: [被反映人和具体的事]
                  - id: civil
                    kind: excluded
                    title: 请找人民调解或者人民法院
                    reason: 邻里纠纷是民事纠纷，依法通过调解或者诉讼解决。
                    go_to: [court]
                authorities:
                  - id: court
                    name: 人民法院
                """)),
        DiagnosticEntry(
            "SCOPE_CHECK_CYCLE", .error, .config,
            title: "问答绕回了前面的问题",
            explanation: "答案的 `next:` 指向了前面已经问过的问题，群众会在几个问题之间来回绕，永远走不到结果。每条路都要往下走，最后停在一个结果上。",
            message: "content/data/scope-check.yml:17:15: 错误: 答案“说不清”又回到了前面的问题，形成死循环（start → more → start），群众永远走不到结果。请让它指向后面的问题或一个结果。 [SCOPE_CHECK_CYCLE]",
            wrong: DiagnosticExample("content/data/scope-check.yml", """
                title: 归不归纪委监委管？
                start: start
                questions:
                  - id: start
                    text: 您要反映的是什么事？
                    answers:
                      - text: 干部收钱办事
                        next: report
                      - text: 邻里纠纷
                        next: more
                  - id: more
                    text: 是哪一类纠纷？
                    answers:
                      - text: 邻里纠纷
                        next: civil
                      - text: 说不清
                        next: start
                outcomes:
                  - id: report
                    kind: accepted
                    title: 归纪委监委管
                    channels: [phone]
                    real_name: 实名举报优先办理、优先处置、给予答复。
                    prepare: [被反映人和具体的事]
                  - id: civil
                    kind: excluded
                    title: 请找人民调解或者人民法院
                    reason: 邻里纠纷是民事纠纷，依法通过调解或者诉讼解决。
                    go_to: [court]
                authorities:
                  - id: court
                    name: 人民法院
                """),
            fixed: DiagnosticExample("content/data/scope-check.yml", """
                title: 归不归纪委监委管？
                start: start
                questions:
                  - id: start
                    text: 您要反映的是什么事？
                    answers:
                      - text: 干部收钱办事
                        next: report
                      - text: 邻里纠纷
                        next: more
                  - id: more
                    text: 是哪一类纠纷？
                    answers:
                      - text: 邻里纠纷
                        next: civil
                      - text: 说不清
                        next: report
                outcomes:
                  - id: report
                    kind: accepted
                    title: 归纪委监委管
                    channels: [phone]
                    real_name: 实名举报优先办理、优先处置、给予答复。
                    prepare: [被反映人和具体的事]
                  - id: civil
                    kind: excluded
                    title: 请找人民调解或者人民法院
                    reason: 邻里纠纷是民事纠纷，依法通过调解或者诉讼解决。
                    go_to: [court]
                authorities:
                  - id: court
                    name: 人民法院
                """)),
        DiagnosticEntry(
            "SCOPE_CHECK_UNREACHABLE", .error, .config,
            title: "有问题或结果走不到",
            explanation: "从第一个问题（`start:`）出发，顺着答案走，走不到这个问题或结果：没有哪个答案的 `next:` 指向它。要么在某个答案里指向它，要么删掉它。",
            message: "content/data/scope-check.yml:23:5: 错误: 结果“请找公安机关”（police）从第一个问题出发走不到：没有哪个答案的 next 指向它。请在某个答案里写 next: police，或者删掉这个结果。 [SCOPE_CHECK_UNREACHABLE]",
            wrong: DiagnosticExample("content/data/scope-check.yml", """
                title: 归不归纪委监委管？
                start: start
                questions:
                  - id: start
                    text: 您要反映的是什么事？
                    answers:
                      - text: 干部收钱办事
                        next: report
                      - text: 邻里纠纷
                        next: civil
                outcomes:
                  - id: report
                    kind: accepted
                    title: 归纪委监委管
                    channels: [phone]
                    real_name: 实名举报优先办理、优先处置、给予答复。
                    prepare: [被反映人和具体的事]
                  - id: civil
                    kind: excluded
                    title: 请找人民调解或者人民法院
                    reason: 邻里纠纷是民事纠纷，依法通过调解或者诉讼解决。
                    go_to: [court]
                  - id: police
                    kind: excluded
                    title: 请找公安机关
                    reason: 治安问题归公安机关管。
                    advice: 紧急情况请拨打 110。
                authorities:
                  - id: court
                    name: 人民法院
                """),
            fixed: DiagnosticExample("content/data/scope-check.yml", """
                title: 归不归纪委监委管？
                start: start
                questions:
                  - id: start
                    text: 您要反映的是什么事？
                    answers:
                      - text: 干部收钱办事
                        next: report
                      - text: 邻里纠纷
                        next: civil
                      - text: 有人偷东西
                        next: police
                outcomes:
                  - id: report
                    kind: accepted
                    title: 归纪委监委管
                    channels: [phone]
                    real_name: 实名举报优先办理、优先处置、给予答复。
                    prepare: [被反映人和具体的事]
                  - id: civil
                    kind: excluded
                    title: 请找人民调解或者人民法院
                    reason: 邻里纠纷是民事纠纷，依法通过调解或者诉讼解决。
                    go_to: [court]
                  - id: police
                    kind: excluded
                    title: 请找公安机关
                    reason: 治安问题归公安机关管。
                    advice: 紧急情况请拨打 110。
                authorities:
                  - id: court
                    name: 人民法院
                """)),
        DiagnosticEntry(
            "SCOPE_CHECK_UNKNOWN_CHANNEL", .error, .config,
            title: "结果里的举报途径不存在",
            explanation: "归纪委监委管的结果在 `channels:` 里列出举报途径的 id，这些 id 必须是 content/data/channels.yml 里已有的（如 online、phone、letter、visit），网页和展板从那里取电话、网址和地址。",
            message: "content/data/scope-check.yml:15:23: 错误: 结果“归纪委监委管”的举报途径“online”在 content/data/channels.yml 里没有（已有：phone）。请写 channels.yml 里某个途径的 id。 [SCOPE_CHECK_UNKNOWN_CHANNEL]",
            wrong: DiagnosticExample("content/data/scope-check.yml", """
                title: 归不归纪委监委管？
                start: start
                questions:
                  - id: start
                    text: 您要反映的是什么事？
                    answers:
                      - text: 干部收钱办事
                        next: report
                      - text: 邻里纠纷
                        next: civil
                outcomes:
                  - id: report
                    kind: accepted
                    title: 归纪委监委管
                    channels: [phone, online]
                    real_name: 实名举报优先办理、优先处置、给予答复。
                    prepare: [被反映人和具体的事]
                  - id: civil
                    kind: excluded
                    title: 请找人民调解或者人民法院
                    reason: 邻里纠纷是民事纠纷，依法通过调解或者诉讼解决。
                    go_to: [court]
                authorities:
                  - id: court
                    name: 人民法院
                """),
            fixed: DiagnosticExample("content/data/scope-check.yml", """
                title: 归不归纪委监委管？
                start: start
                questions:
                  - id: start
                    text: 您要反映的是什么事？
                    answers:
                      - text: 干部收钱办事
                        next: report
                      - text: 邻里纠纷
                        next: civil
                outcomes:
                  - id: report
                    kind: accepted
                    title: 归纪委监委管
                    channels: [phone]
                    real_name: 实名举报优先办理、优先处置、给予答复。
                    prepare: [被反映人和具体的事]
                  - id: civil
                    kind: excluded
                    title: 请找人民调解或者人民法院
                    reason: 邻里纠纷是民事纠纷，依法通过调解或者诉讼解决。
                    go_to: [court]
                authorities:
                  - id: court
                    name: 人民法院
                """)),
        DiagnosticEntry(
            "SCOPE_CHECK_UNKNOWN_AUTHORITY", .error, .config,
            title: "结果里要去找的部门不存在",
            explanation: "不归纪委监委管的结果在 `go_to:` 里列出部门的 id，这些 id 必须写在同一个文件的 `authorities:` 列表里（id、name、how），网页和展板从那里取部门名称和怎么找。",
            message: "content/data/scope-check.yml:22:13: 错误: 结果“请找人民调解或者人民法院”要群众去找的部门“courts”不在本文件的 authorities: 列表里。是不是想写“court”？请在 authorities: 下加上这个部门（id、name、how），或改成已有的 id。 [SCOPE_CHECK_UNKNOWN_AUTHORITY]",
            wrong: DiagnosticExample("content/data/scope-check.yml", """
                title: 归不归纪委监委管？
                start: start
                questions:
                  - id: start
                    text: 您要反映的是什么事？
                    answers:
                      - text: 干部收钱办事
                        next: report
                      - text: 邻里纠纷
                        next: civil
                outcomes:
                  - id: report
                    kind: accepted
                    title: 归纪委监委管
                    channels: [phone]
                    real_name: 实名举报优先办理、优先处置、给予答复。
                    prepare: [被反映人和具体的事]
                  - id: civil
                    kind: excluded
                    title: 请找人民调解或者人民法院
                    reason: 邻里纠纷是民事纠纷，依法通过调解或者诉讼解决。
                    go_to: [courts]
                authorities:
                  - id: court
                    name: 人民法院
                """),
            fixed: DiagnosticExample("content/data/scope-check.yml", """
                title: 归不归纪委监委管？
                start: start
                questions:
                  - id: start
                    text: 您要反映的是什么事？
                    answers:
                      - text: 干部收钱办事
                        next: report
                      - text: 邻里纠纷
                        next: civil
                outcomes:
                  - id: report
                    kind: accepted
                    title: 归纪委监委管
                    channels: [phone]
                    real_name: 实名举报优先办理、优先处置、给予答复。
                    prepare: [被反映人和具体的事]
                  - id: civil
                    kind: excluded
                    title: 请找人民调解或者人民法院
                    reason: 邻里纠纷是民事纠纷，依法通过调解或者诉讼解决。
                    go_to: [court]
                authorities:
                  - id: court
                    name: 人民法院
                """)),
    ]
}
