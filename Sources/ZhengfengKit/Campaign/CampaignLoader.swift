import Foundation

/// Loads the campaign data from content/data/: units.yml (which turns the campaign on),
/// reports/ (CSV or .xlsx, one file per unit per month or per month), visits.yml,
/// metrics.csv, survey.yml and survey-results/. Every bad value is a diagnostic at its file,
/// line and column (an .xlsx cell also by its reference), in words for the office staff;
/// nothing bad becomes a silent zero.
struct CampaignLoader {
    let siteDirectory: URL

    private var dataDirectory: URL {
        siteDirectory.appendingPathComponent("content/data", isDirectory: true)
    }

    /// The data files whose names the campaign owns: they are not template data.
    static let ownedDataNames: Set<String> = ["units", "visits", "survey"]

    /// The campaign data, or nil when the site has no content/data/units.yml.
    func load() -> (data: CampaignData?, diagnostics: [Diagnostic]) {
        var bag: [Diagnostic] = []
        guard let units = yaml("units.yml", &bag, required: true) else { return (nil, bag) }
        var data = CampaignData(year: 0)
        readUnits(units, into: &data, &bag)
        guard data.year > 0 else { return (nil, bag) }
        for file in files(in: "reports") { readReports(file, into: &data, &bag) }
        if let visits = yaml("visits.yml", &bag, required: false) { readVisits(visits, into: &data, &bag) }
        if let table = table("metrics.csv", &bag) { readMetrics(table, into: &data, &bag) }
        if let survey = yaml("survey.yml", &bag, required: false) {
            data.survey = readSurvey(survey, &bag)
            if data.survey != nil {
                for file in files(in: "survey-results") { readResponses(file, into: &data, &bag) }
            }
        }
        data.reports.sort { ($0.month, $0.unit) < ($1.month, $1.unit) }
        data.visits.sort { ($0.date, $0.unit) < ($1.date, $1.unit) }
        data.metrics.sort { $0.month < $1.month }
        return (data, bag)
    }

    // MARK: Files

    private struct YAMLFile {
        var node: YAMLNode
        var display: String
        func location(_ node: YAMLNode) -> SourceLocation { SourceLocation(file: display, line: node.line, column: node.column) }
    }

    private func yaml(_ name: String, _ bag: inout [Diagnostic], required: Bool) -> YAMLFile? {
        let url = dataDirectory.appendingPathComponent(name)
        let display = "content/data/" + name
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            let decoded = try SourceText.read(url, displayPath: display)
            bag += decoded.warnings
            guard let node = try YAMLParser.parse(decoded.text, file: display) else { return nil }
            return YAMLFile(node: node, display: display)
        } catch let diagnostic as Diagnostic {
            bag.append(diagnostic)
        } catch let error as DiagnosticsError {
            bag += error.diagnostics
        } catch {
            bag.append(.error("YAML_SYNTAX", "\(error)", at: SourceLocation(file: display)))
        }
        return nil
    }

    /// The .csv and .xlsx files of a data folder, sorted by name (other files are left alone).
    private func files(in folder: String) -> [String] {
        let url = dataDirectory.appendingPathComponent(folder, isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasPrefix("~$")
            && CampaignTableReader.extensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted().map { folder + "/" + $0 }
    }

    private func table(_ relative: String, _ bag: inout [Diagnostic]) -> CampaignTable? {
        let url = dataDirectory.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            let (table, warnings) = try CampaignTableReader.read(url, displayPath: "content/data/" + relative)
            bag += warnings
            return table
        } catch let diagnostic as Diagnostic {
            bag.append(diagnostic)
            return nil
        } catch {
            bag.append(.error("CAMPAIGN_FILE_UNREADABLE", "无法读取这个数据文件（\(error)）。",
                              at: SourceLocation(file: "content/data/" + relative)))
            return nil
        }
    }

    /// The columns `names` of `table`; a missing required one is reported at the header row.
    private func columns(_ table: CampaignTable, required: [String], optional: [String],
                         _ bag: inout [Diagnostic]) -> [String: Int]? {
        var found: [String: Int] = [:]
        for name in required + optional { found[name] = table.column(name) }
        let missing = required.filter { found[$0] == nil }
        guard missing.isEmpty else {
            bag.append(.error("CAMPAIGN_COLUMN_MISSING",
                              "表格缺少“\(missing.joined(separator: "”“"))”列（第 1 行是列名，现有：\(table.header.filter { !$0.isEmpty }.joined(separator: "、"))）。请按 docs/campaign-data.md 的模板在第 1 行写上这些列名，名称要一字不差。",
                              at: SourceLocation(file: table.file)))
            return nil
        }
        return found
    }

    // MARK: Units

    private func readUnits(_ file: YAMLFile, into data: inout CampaignData, _ bag: inout [Diagnostic]) {
        data.sample = file.node["sample"]?.bool ?? false
        guard let year = file.node["year"], let value = year.int, (2000...2100).contains(value) else {
            bag.append(.error("CAMPAIGN_SETTING_INVALID",
                              "units.yml 要写明宣传年的年份，例如 year: 2026。请补上或改正。",
                              at: file.node["year"].map(file.location) ?? SourceLocation(file: file.display)))
            return
        }
        data.year = value
        var seen = Set<String>()
        for item in file.node["units"]?.sequence ?? [] {
            guard let name = item["name"]?.string?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
                bag.append(.error("CAMPAIGN_SETTING_INVALID",
                                  "这个单位没有写名称（name:）。请写上单位全称，与各单位报送表格“单位”列中的写法一致。",
                                  at: file.location(item)))
                continue
            }
            guard seen.insert(name).inserted else {
                bag.append(.error("CAMPAIGN_ROW_DUPLICATE", "单位“\(name)”在 units.yml 中写了两次。请删去重复的一项。",
                                  at: file.location(item)))
                continue
            }
            data.units.append(CampaignUnit(name: name, kind: item["kind"]?.string ?? "",
                                           contact: item["contact"]?.string ?? ""))
        }
        if data.units.isEmpty {
            bag.append(.error("CAMPAIGN_SETTING_INVALID",
                              "units.yml 没有列出要报送的单位（units:）。请按 docs/campaign-data.md 列出各街办、部门和派驻机构。",
                              at: SourceLocation(file: file.display)))
        }
    }

    private func knownUnit(_ cell: CampaignTable.Cell, _ data: CampaignData, _ bag: inout [Diagnostic]) -> String? {
        if data.units.contains(where: { $0.name == cell.text }) { return cell.text }
        let near = data.units.map(\.name).filter { $0.contains(cell.text) || cell.text.contains($0) }
        bag.append(.error("CAMPAIGN_UNIT_UNKNOWN",
                          cell.text.isEmpty
                            ? "\(cell.place)没有填写单位。请填写单位全称（与 content/data/units.yml 中的写法一致）。"
                            : "\(cell.place)的单位“\(cell.text)”不在 content/data/units.yml 的单位名单里。\(near.isEmpty ? "" : "是不是“\(near[0])”？")请改成名单中的写法，或把新单位加进 units.yml。",
                          at: cell.location))
        return nil
    }

    private func month(_ cell: CampaignTable.Cell, years: ClosedRange<Int>, _ bag: inout [Diagnostic]) -> CampaignMonth? {
        if let month = CampaignValues.month(cell.text), years.contains(month.year) { return month }
        let range = years.count == 1 ? "\(years.lowerBound) 年" : "\(years.lowerBound)—\(years.upperBound) 年"
        bag.append(.error("CAMPAIGN_MONTH_INVALID",
                          "\(cell.place)的月份“\(cell.text)”无法识别或不在 \(range)内。请写成“2026-05”这样的年-月。",
                          at: cell.location))
        return nil
    }

    private func count(_ cell: CampaignTable.Cell, column: String, _ bag: inout [Diagnostic]) -> Int {
        if let value = CampaignValues.count(cell.text) { return value }
        bag.append(.error("CAMPAIGN_NUMBER_INVALID",
                          "\(cell.place)（“\(column)”列）应当是不小于 0 的整数，现在是“\(cell.text)”。请只填数字（没有就填 0），说明文字写到“工作落实情况”列。",
                          at: cell.location))
        return 0
    }

    private func day(_ cell: CampaignTable.Cell, column: String, _ bag: inout [Diagnostic]) -> CampaignDay? {
        if cell.text.isEmpty { return nil }
        if let day = CampaignValues.day(cell.text) { return day }
        bag.append(.error("CAMPAIGN_DATE_INVALID",
                          "\(cell.place)（“\(column)”列）的日期“\(cell.text)”无法识别。请写成“2026-05-20”这样的年-月-日。",
                          at: cell.location))
        return nil
    }

    // MARK: Reports

    static let reportColumns = ["联系人", "四进活动场次", "参与人数", "发放资料份数", "工作落实情况",
                                "稿件标题", "刊播媒体", "刊播日期", "链接"]

    /// A report table: the first row of a unit and month carries its figures; more rows for
    /// the same unit and month list more articles (their figure columns left empty).
    private func readReports(_ file: String, into data: inout CampaignData, _ bag: inout [Diagnostic]) {
        guard let table = table(file, &bag),
              let at = columns(table, required: ["单位", "月份"], optional: Self.reportColumns, &bag) else { return }
        func text(_ row: CampaignTable.Row, _ name: String) -> CampaignTable.Cell? { at[name].map { table.cell(row, $0) } }
        let figures = ["四进活动场次", "参与人数", "发放资料份数", "工作落实情况"]
        for row in table.rows {
            let unitCell = table.cell(row, at["单位"]!)
            let unit = knownUnit(unitCell, data, &bag)
            let month = month(table.cell(row, at["月份"]!), years: data.year...data.year, &bag)
            var numbers: [String: Int] = [:]
            for name in figures.dropLast() {
                if let cell = text(row, name) { numbers[name] = count(cell, column: name, &bag) }
            }
            var article: MediaArticle?
            if let title = text(row, "稿件标题"), !title.text.isEmpty {
                let date = text(row, "刊播日期").flatMap { day($0, column: "刊播日期", &bag) }
                article = MediaArticle(unit: unit ?? "", month: month ?? CampaignMonth(year: data.year, month: 1),
                                       title: title.text, outlet: text(row, "刊播媒体")?.text ?? "", date: date,
                                       url: text(row, "链接")?.text ?? "")
            }
            guard let unit, let month else { continue }
            let hasFigures = figures.contains { !(text(row, $0)?.text.isEmpty ?? true) }
            if let index = data.reports.firstIndex(where: { $0.unit == unit && $0.month == month }) {
                if hasFigures {
                    let first = data.reports[index].location
                    bag.append(.error("CAMPAIGN_ROW_DUPLICATE",
                                      "\(unit) \(month.chinese)的报送数字已经在 \(first.file) 第 \(first.line) 行填过，这里又填了一次。同一单位同一月只填一行数字；再列稿件时，这一行的数字列请留空。",
                                      at: row.location))
                } else if let article {
                    if data.reports[index].articles.contains(where: { $0.title == article.title }) {
                        bag.append(.error("CAMPAIGN_ROW_DUPLICATE",
                                          "稿件《\(article.title)》在\(unit) \(month.chinese)的报送中已经列过。请删去重复的一行。",
                                          at: row.location))
                    } else {
                        data.reports[index].articles.append(article)
                    }
                }
                continue
            }
            data.reports.append(UnitReport(unit: unit, month: month, contact: text(row, "联系人")?.text ?? "",
                                           events: numbers["四进活动场次"] ?? 0, participants: numbers["参与人数"] ?? 0,
                                           materials: numbers["发放资料份数"] ?? 0,
                                           work: text(row, "工作落实情况")?.text ?? "",
                                           articles: article.map { [$0] } ?? [], location: row.location))
        }
    }

    // MARK: Visits

    private func readVisits(_ file: YAMLFile, into data: inout CampaignData, _ bag: inout [Diagnostic]) {
        for item in file.node["visits"]?.sequence ?? [] {
            func text(_ key: String) -> String { item[key]?.string?.trimmingCharacters(in: .whitespaces) ?? "" }
            func dayValue(_ key: String, required: Bool) -> CampaignDay?? {
                guard let node = item[key], !node.isNull else {
                    if !required { return .some(nil) }
                    bag.append(.error("CAMPAIGN_DATE_INVALID", "这次走访没有写\(key == "date" ? "走访日期（date:）" : key)。请写成 2026-05-20 这样的年-月-日。",
                                      at: file.location(item)))
                    return nil
                }
                if let day = node.string.flatMap(CampaignValues.day) { return .some(day) }
                bag.append(.error("CAMPAIGN_DATE_INVALID",
                                  "“\(key): \(node.string ?? "")”的日期无法识别。请写成 2026-05-20 这样的年-月-日。",
                                  at: file.location(node)))
                return nil
            }
            let unitName = text("unit")
            guard data.units.contains(where: { $0.name == unitName }) else {
                bag.append(.error("CAMPAIGN_UNIT_UNKNOWN",
                                  "走访的单位“\(unitName)”不在 content/data/units.yml 的单位名单里。请改成名单中的写法，或把新单位加进 units.yml。",
                                  at: item["unit"].map(file.location) ?? file.location(item)))
                continue
            }
            let status = text("status")
            guard ["已整改", "整改中"].contains(status) else {
                bag.append(.error("CAMPAIGN_SETTING_INVALID",
                                  "整改状态（status:）只能写“已整改”或“整改中”，现在是“\(status)”。请改成其中之一。",
                                  at: item["status"].map(file.location) ?? file.location(item)))
                continue
            }
            guard case .some(.some(let date)) = dayValue("date", required: true),
                  case .some(let due) = dayValue("due", required: false) else { continue }
            data.visits.append(FieldVisit(date: date, unit: unitName, findings: text("findings"),
                                          suggestions: text("suggestions"), due: due, rectified: status == "已整改",
                                          location: file.location(item)))
        }
    }

    // MARK: Metrics

    private func readMetrics(_ table: CampaignTable, into data: inout CampaignData, _ bag: inout [Diagnostic]) {
        guard let at = columns(table, required: ["月份"] + CampaignMetric.allCases.map(\.rawValue), optional: [], &bag) else { return }
        var seen: [CampaignMonth: Int] = [:]
        for row in table.rows {
            guard let month = month(table.cell(row, at["月份"]!), years: (data.year - 1)...data.year, &bag) else { continue }
            if let line = seen[month] {
                bag.append(.error("CAMPAIGN_ROW_DUPLICATE", "\(month.chinese)已经在第 \(line) 行填过。每个月只填一行，请删去重复的一行。",
                                  at: row.location))
                continue
            }
            seen[month] = row.location.line
            var values: [CampaignMetric: Int] = [:]
            for metric in CampaignMetric.allCases {
                values[metric] = count(table.cell(row, at[metric.rawValue]!), column: metric.rawValue, &bag)
            }
            data.metrics.append(MetricsMonth(month: month, values: values))
        }
    }

    // MARK: Survey

    private func readSurvey(_ file: YAMLFile, _ bag: inout [Diagnostic]) -> Survey? {
        var questions: [Survey.Question] = []
        for item in file.node["questions"]?.sequence ?? [] {
            let options = (item["options"]?.sequence ?? []).compactMap(\.string)
            let answer = item["answer"]?.string?.uppercased() ?? ""
            let letters = options.indices.map { String(UnicodeScalar(UInt8(65 + $0))) }
            guard let id = item["id"]?.string, let text = item["text"]?.string, letters.contains(answer) else {
                bag.append(.error("CAMPAIGN_SETTING_INVALID",
                                  "问卷的这道题要有 id、text（题目）、options（选项）和 answer（正确选项的字母，如 A）。请补全。",
                                  at: file.location(item)))
                continue
            }
            questions.append(Survey.Question(id: id, text: text, options: options, answer: answer))
        }
        guard !questions.isEmpty else { return nil }
        return Survey(title: file.node["title"]?.string ?? "信访举报知晓情况问卷",
                      introduction: file.node["introduction"]?.string ?? "", questions: questions)
    }

    private func readResponses(_ file: String, into data: inout CampaignData, _ bag: inout [Diagnostic]) {
        guard var survey = data.survey, let table = table(file, &bag),
              let at = columns(table, required: ["对象"] + survey.questions.map(\.id), optional: [], &bag) else { return }
        for row in table.rows {
            let audience = table.cell(row, at["对象"]!)
            guard Survey.audiences.contains(audience.text) else {
                bag.append(.error("CAMPAIGN_ANSWER_INVALID",
                                  "\(audience.place)的调查对象“\(audience.text)”应当是 机关、企业、社区、农村 之一。请改正。",
                                  at: audience.location))
                continue
            }
            var answers: [String: String] = [:]
            for question in survey.questions {
                let cell = table.cell(row, at[question.id]!)
                let letter = cell.text.uppercased()
                if letter.isEmpty { continue }
                guard letter.count == 1, let scalar = letter.unicodeScalars.first,
                      (65..<(65 + question.options.count)).contains(Int(scalar.value)) else {
                    bag.append(.error("CAMPAIGN_ANSWER_INVALID",
                                      "\(cell.place)（第 \(question.id) 题）的答案“\(cell.text)”不是这道题的选项。请填选项字母（A—\(String(UnicodeScalar(UInt8(64 + question.options.count))))），没答的留空。",
                                      at: cell.location))
                    continue
                }
                answers[question.id] = letter
            }
            survey.responses.append((audience.text, answers))
        }
        data.survey = survey
    }
}
