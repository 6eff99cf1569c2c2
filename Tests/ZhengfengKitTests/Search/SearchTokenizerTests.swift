import Testing
@testable import ZhengfengKit

/// How text becomes search terms (search.js splits queries the same way).
@Suite struct SearchTokenizerTests {
    @Test func chineseTextIsIndexedAsOverlappingPairsAndSingleCharacters() {
        #expect(SearchTokenizer.indexTerms("举报电话") == ["举", "举报", "报", "报电", "电", "电话", "话"])
    }

    @Test func bodyTextKeepsOnlyPairsExceptForALoneCharacter() {
        #expect(SearchTokenizer.indexTerms("举报电话，或", singles: false) == ["举报", "报电", "电话", "或"])
    }

    @Test func punctuationEndsAChineseRun() {
        #expect(SearchTokenizer.indexTerms("纪委，监委") == ["纪", "纪委", "委", "监", "监委", "委"])
    }

    @Test func latinWordsAndDigitRunsStayWholeAndLowercase() {
        #expect(SearchTokenizer.indexTerms("拨打12388或0757-1234，WWW.12388.gov.cn") ==
            ["拨", "拨打", "打", "12388", "或", "0757", "1234", "www", "12388", "gov", "cn"])
    }

    @Test func fullWidthDigitsAndLettersCountAsAscii() {
        #expect(SearchTokenizer.indexTerms("１２３８８ ＡＢ") == ["12388", "ab"])
    }

    @Test func queriesUsePairsForLongerRunsAndTheCharacterForOneCharacter() {
        #expect(SearchTokenizer.queryTerms("举报电话") == ["举报", "报电", "电话"])
        #expect(SearchTokenizer.queryTerms("税") == ["税"])
        #expect(SearchTokenizer.queryTerms("村干部 12388") == ["村干", "干部", "12388"])
    }

    @Test func repeatedQueryTermsCountOnce() {
        #expect(SearchTokenizer.queryTerms("举报举报") == ["举报", "报举"])
    }

    @Test func textWithoutLettersDigitsOrChineseHasNoTerms() {
        #expect(SearchTokenizer.queryTerms("，。！  --") == [])
    }
}
