/// Every check that runs after loading and Markdown rendering, in one place, so that
/// `zhengfeng check` and `zhengfeng build` report exactly the same things.
public enum CheckSuite {
    /// The checks are independent of each other and run at the same time; their findings
    /// are joined in a fixed order.
    public static func run(content: SiteContent, publication: Publication, options: BuildOptions) -> [Diagnostic] {
        let rendered = publication.pages
        let checks: [@Sendable () -> [Diagnostic]] = [
            { FrontMatterCheck.run(content: content) },
            { SiteCheck.run(content: content) },
            { LinkCheck.run(rendered: rendered, content: content) },
            { DocumentCheck.run(rendered: rendered, content: content) },
            { PrivacyCheck.run(content: content) },
            { NoticeCheck.run(content: content) },
            { LifecycleCheck.run(content: content, published: Set(rendered.keys), now: options.now) },
            { InternalContentCheck.run(content: content, publication: publication) },
            { PlaceholderCheck.run(content: content, published: rendered.values.map(\.page), options: options) },
            { UnreferencedFileCheck.run(content: content, publication: publication) },
            { TemplateLinkCheck.run(siteDirectory: options.siteDirectory) },
        ]
        return ParallelMap.map(checks) { $0() }.flatMap { $0 }
    }
}
