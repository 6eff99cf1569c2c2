/// What a site gets when site.yml has no `print:` key (or leaves part of it out): the four
/// 四进 editions, the leaflet's six panels and the two display boards the campaign names.
enum PrintDefaults {
    static let brochureContents = ["scope", "excluded", "channels", "real-name", "false-accusation"]

    static let editions: [EditionConfig] = [
        edition(.agencies, scale: 1.0,
                "党员干部既是监督的对象，也是宣传的骨干。本手册讲清纪检监察机关受理什么、不受理什么，怎样规范反映问题，以及诬告陷害如何追责、干部如何澄清正名。"),
        edition(.enterprises, scale: 1.0,
                "企业经营中遇到的问题，有的归纪委监委管，有的要走诉讼、仲裁等法定途径。本手册帮助您找对地方、用对方法。"),
        edition(.communities, scale: 1.1,
                "本手册用简明的语言告诉居民朋友：哪些问题可以向纪委监委反映，哪些问题应当找其他部门，怎样举报更快捷。"),
        edition(.villages, scale: 1.4,
                "本手册字号较大，方便老年朋友阅读。有问题可以拨打12388，也可以请村里的年轻人帮忙网上举报。"),
    ]

    /// An edition named after its audience (进机关 …) carrying the standard chapters.
    static func edition(_ audience: Audience, scale: Double, _ foreword: String) -> EditionConfig {
        var edition = EditionConfig(audience: audience, name: audience.chinese, title: "信访举报知识手册", foreword: foreword,
                                    contents: brochureContents, textScale: scale)
        edition.minimumBodyPoints = audience == .villages ? 12 : 9
        return edition
    }

    static let leafletPanels: [PrintBlock] = [
        PrintBlock(id: "false-accusation", title: "诬告陷害要追责", kind: .pages,
                   pages: ["false-accusation/what-is.md", "false-accusation/punishment.md"], summaryOnly: true),
        PrintBlock(id: "channels", title: "四种举报途径", kind: .channels, pages: [], summaryOnly: false),
        PrintBlock(id: "cover", title: "信访举报 明白卡", kind: .cover, pages: [], summaryOnly: false),
        PrintBlock(id: "scope", title: "这些问题，我们受理", kind: .pages,
                   pages: ["scope/_index.md"], summaryOnly: false),
        PrintBlock(id: "excluded", title: "这些问题，请找对地方", kind: .pages,
                   pages: ["excluded/_index.md", "excluded/other-bodies.md"], summaryOnly: true),
        PrintBlock(id: "real-name", title: "提倡实名举报", kind: .pages,
                   pages: ["real-name/definition.md", "real-name/priority.md", "real-name/confidentiality.md"],
                   summaryOnly: true),
    ]

    static let boards: [PrintBlock] = [
        PrintBlock(id: "scope", title: "纪检监察机关受理检举控告范围和不予受理事项", kind: .pages,
                   pages: ["scope/_index.md", "excluded/_index.md"], summaryOnly: false),
        PrintBlock(id: "rights", title: "检举控告人的权利和义务", kind: .pages,
                   pages: ["real-name/rights-duties.md"], summaryOnly: false),
    ]
}
