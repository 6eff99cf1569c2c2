import Testing
@testable import ZhengfengKit

@Suite struct PrivacyCheckTests {
    func kinds(_ line: String) -> [PersonalDataScanner.Kind] {
        PersonalDataScanner.scan(line[...]).map(\.kind)
    }

    @Test func residentIDCheckDigitFollowsISO7064() {
        #expect(PersonalDataRules.isResidentID18(Array("11010519491231002X".utf8)))
        #expect(PersonalDataRules.isResidentID18(Array("440524188001010014".utf8)))
        #expect(!PersonalDataRules.isResidentID18(Array("110105194912310021".utf8)), "wrong check digit")
        #expect(!PersonalDataRules.isResidentID18(Array("11010519491331002X".utf8)), "month 13")
        #expect(!PersonalDataRules.isResidentID18(Array("11010519490230002X".utf8)), "30 February")
        #expect(!PersonalDataRules.isResidentID18(Array("99010519491231002X".utf8)), "no province 99")
        #expect(PersonalDataRules.isResidentID15(Array("110105491231002".utf8)))
        #expect(!PersonalDataRules.isResidentID15(Array("110105491331002".utf8)))
    }

    @Test func bankCardsPassTheLuhnCheck() {
        #expect(PersonalDataRules.isBankCard(Array("4111111111111111".utf8)))
        #expect(PersonalDataRules.isBankCard(Array("6222021234567890128".utf8)))
        #expect(!PersonalDataRules.isBankCard(Array("6222021234567890127".utf8)))
        #expect(!PersonalDataRules.isBankCard(Array("411111111111111".utf8)), "15 digits")
    }

    @Test func numbersNextToChineseTextAreFound() {
        #expect(kinds("电话13812345678请拨打") == [.mobile])
        #expect(kinds("身份证号11010519491231002X，") == [.residentID])
        #expect(kinds("身份证号11010519491231002x。") == [.residentID])
        #expect(kinds("全角１３８１２３４５６７８") == [.mobile])
        #expect(kinds("138-1234-5678 和 138 1234 5678") == [.mobile, .mobile])
        #expect(kinds("+86 13812345678、008613812345678") == [.mobile, .mobile])
    }

    @Test func ordinaryNumbersAreNotPersonalData() {
        #expect(kinds("举报电话12388，(029)12388，029-12388，02912388").isEmpty)
        #expect(kinds("2026年3月15日 20260315 第12345678号 12812345678 10812345678").isEmpty)
        #expect(kinds("网站标识码6104020000，陕ICP备00000000号，61040200000000").isEmpty)
        #expect(kinds("138123456789（12位）1381234567（10位）").isEmpty)
        #expect(kinds("https://www.12388.gov.cn/13812345678/ www.example.gov.cn/11010519491231002X").isEmpty)
    }

    @Test func emailAddressesAreFoundAndClassified() {
        let findings = PersonalDataScanner.scan("邮箱zhangsan@163.com或jubao@qindu.gov.cn。"[...])
        #expect(findings.map(\.value) == ["zhangsan@163.com", "jubao@qindu.gov.cn"])
        #expect(findings.map(\.column) == [3, 20])
        #expect(PrivacyAllowList.looksPersonal("zhangsan@163.com"))
        #expect(PrivacyAllowList.looksPersonal("12345678@example.cn"))
        #expect(!PrivacyAllowList.looksPersonal("jubao@qindu.gov.cn"))
        #expect(PersonalDataScanner.scan("不是邮箱：a@b、@qq.com、x@localhost"[...]).isEmpty)
    }

    @Test func allowListMatchesDigitsWhateverTheFormatting() {
        var list = PrivacyAllowList()
        list.add(["138 0000 0000", "Office@Example.gov.cn", "11010519491231002X"])
        #expect(list.allows(.init(kind: .mobile, value: "13800000000", column: 1)))
        #expect(list.allows(.init(kind: .email, value: "office@example.gov.cn", column: 1)))
        #expect(list.allows(.init(kind: .residentID, value: "11010519491231002X", column: 1)))
        #expect(!list.allows(.init(kind: .mobile, value: "13800000001", column: 1)))
        #expect(PrivacyAllowList.isHotline("02912388") && PrivacyAllowList.isHotline("12388"))
        #expect(!PrivacyAllowList.isHotline("13812388"))
    }

    @Test func messagesDoNotRepeatTheWholeValue() {
        let finding = PersonalDataScanner.Finding(kind: .mobile, value: "13812345678", column: 1)
        let diagnostic = PrivacyCheck.diagnostic(for: finding, at: SourceLocation(file: "x.md"))
        #expect(diagnostic.code == "PRIVACY_MOBILE")
        #expect(diagnostic.message.contains("138****5678"))
        #expect(!diagnostic.message.contains("13812345678"))
    }

    @Test func fullWidthDigitsBesideChinesePunctuationAreFound() {
        let findings = PersonalDataScanner.scan("电话：（１３８１２３４５６７８），身份证１１０１０５１９４９１２３１００２Ｘ。"[...])
        #expect(findings.map(\.kind) == [.mobile, .residentID])
        #expect(findings.map(\.value) == ["13812345678", "11010519491231002X"])
        #expect(findings.map(\.column) == [5, 21])
        #expect(kinds("受理范围：（一）党组织、党员；（二）监察对象。不予受理：Ｘ，１２。").isEmpty)
    }

    @Test func linesAreCountedByNewlinesAndColumnsByCharacters() {
        let text = "第一行，没有号码。\n\n（二）举报人：张三，手机１３８１２３４５６７８\n末行\r\n邮箱：zhangsan@qq.com"
        let diagnostics = PrivacyCheck.scan(text, file: "f.md", firstLine: 2, allow: PrivacyAllowList())
        #expect(diagnostics.map(TestSupport.summary) == ["f.md:4:13 error PRIVACY_MOBILE", "f.md:5:8 error PRIVACY_EMAIL"])
    }

    @Test func frontMatterAndBodyPositionsAreFileLines() {
        let diagnostics = PrivacyCheck.scan("a\n电话：13812345678", file: "f.md", firstLine: 5, allow: PrivacyAllowList())
        #expect(diagnostics.map(TestSupport.summary) == ["f.md:6:4 error PRIVACY_MOBILE"])
    }
}
