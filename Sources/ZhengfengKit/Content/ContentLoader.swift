import Foundation

/// Loads a site folder's content/: site.yml, data files, sections, pages and static files.
/// It reads and types; it never decides what is published (see `PageSelection`).
public struct ContentLoader {
    public let siteDirectory: URL
    /// Bytes of Markdown bodies this loader keeps in memory (see `PageBody`).
    let bodyBudget: ByteBudget
    /// Where the pages of this loader record a file that changed after loading.
    let bodyRereads = BodyRereads()

    public init(siteDirectory: URL) {
        self.init(siteDirectory: siteDirectory, bodyBudget: PageBody.defaultBudget)
    }

    init(siteDirectory: URL, bodyBudget: Int) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        self.bodyBudget = ByteBudget(bodyBudget)
    }

    var contentDirectory: URL { siteDirectory.appendingPathComponent("content", isDirectory: true) }

    /// Loads all it can and returns the content with every diagnostic, errors included, so
    /// that `check` can report the other problems too. Files that could not be loaded are
    /// listed in `unloadedPages`. Throws only when there is no content/ or no usable site.yml.
    public func loadAll() throws -> (SiteContent, [Diagnostic]) {
        var bag = DiagnosticBag()
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: contentDirectory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticsError([.error("SITE_NO_CONTENT",
                                           "找不到 content 文件夹。请在站点文件夹中运行，或用 --site 指定站点文件夹。",
                                           at: SourceLocation(file: "content"))])
        }
        var configTexts: [(file: String, text: String)] = []
        let config = loadConfig(&bag, texts: &configTexts)
        let (data, channels, scopeCheck) = loadData(&bag, texts: &configTexts)
        var files: [PageFile] = []
        var staticFiles: [String] = []
        var folders: [String] = [""]
        var visited: Set<String> = [contentDirectory.resolvingSymlinksInPath().path]
        walk(contentDirectory, relative: "", files: &files, staticFiles: &staticFiles, folders: &folders,
             visited: &visited, bag: &bag)
        files = Self.withoutSameNamedFiles(files, &bag)
        // Pages are read and parsed on all cores; diagnostics keep the walk's order.
        var pages: [String: Page] = [:]
        pages.reserveCapacity(files.count)
        for (page, diagnostics) in ParallelMap.map(files, loadPage) {
            bag.add(contentsOf: diagnostics)
            if let page { pages[page.contentPath] = page }
        }
        guard let config else { throw DiagnosticsError(bag.items) }
        bag.add(contentsOf: SectionIndex.addMissingIndexPages(folders: folders, pages: &pages, config: config))
        SectionIndex.inheritVisibility(folders: folders, pages: &pages)
        let sections = SectionIndex.build(folders: folders, pages: pages)
        checkDuplicateURLs(pages, &bag)
        var content = SiteContent(config: config, channels: channels, data: data, pages: pages,
                                  sections: sections, staticFiles: staticFiles.sorted(), configTexts: configTexts)
        content.scopeCheck = scopeCheck
        content.unloadedPages = Set(files.map(\.contentPath)).subtracting(pages.keys)
        content.contentDirectory = contentDirectory
        content.bodyRereads = bodyRereads
        return (content, bag.items)
    }

    private func loadConfig(_ bag: inout DiagnosticBag, texts: inout [(file: String, text: String)]) -> SiteConfig? {
        let url = contentDirectory.appendingPathComponent("site.yml")
        let display = "content/site.yml"
        guard FileManager.default.fileExists(atPath: url.path) else {
            bag.add(.error("CONFIG_MISSING",
                           "缺少站点设置文件 content/site.yml。至少要写两行：title: 网站名称，base_url: 网站地址。",
                           at: SourceLocation(file: display)))
            return nil
        }
        guard let url = safeResolve(url, display: display, bag: &bag) else { return nil }
        do {
            let decoded = try SourceText.read(url, displayPath: display)
            bag.add(contentsOf: decoded.warnings)
            texts.append((display, decoded.text))
            let (config, diagnostics) = SiteConfig.parse(decoded.text, file: display)
            bag.add(contentsOf: diagnostics)
            return config
        } catch let diagnostic as Diagnostic {
            bag.add(diagnostic)
            return nil
        } catch {
            bag.add(.error("CONFIG_MISSING", "\(error)", at: SourceLocation(file: display)))
            return nil
        }
    }

    private func loadData(_ bag: inout DiagnosticBag,
                          texts: inout [(file: String, text: String)]) -> ([(name: String, value: YAMLValue)], [Channel], ScopeCheck?) {
        let directory = contentDirectory.appendingPathComponent("data", isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var data: [(name: String, value: YAMLValue)] = []
        var channels: [Channel] = []
        var scopeCheckNode: (node: YAMLNode?, file: String)?
        for name in names.sorted() where name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
            let display = "content/data/\(name)"
            let key = String(name.prefix(upTo: name.lastIndex(of: ".")!))
            guard let url = safeResolve(directory.appendingPathComponent(name), display: display, bag: &bag) else { continue }
            do {
                let decoded = try SourceText.read(url, displayPath: display)
                bag.add(contentsOf: decoded.warnings)
                texts.append((display, decoded.text))
                let node = try YAMLParser.parse(decoded.text, file: display)
                // Campaign data (units, visits, survey) is internal: never template data of the public site.
                if !CampaignLoader.ownedDataNames.contains(key) {
                    data.append((name: key, value: node.map(YAMLValue.init) ?? .null))
                }
                if key == "channels" {
                    let (parsed, diagnostics) = ChannelsParser.parse(node, file: display)
                    channels = parsed
                    bag.add(contentsOf: diagnostics)
                }
                if key == ScopeCheckParser.dataName { scopeCheckNode = (node, display) }
            } catch let diagnostic as Diagnostic {
                bag.add(diagnostic)
            } catch {
                bag.add(.error("YAML_SYNTAX", "\(error)", at: SourceLocation(file: display)))
            }
        }
        // Checked once every data file is read: the tree names channels of channels.yml.
        let scopeCheck = scopeCheckNode.flatMap { found -> ScopeCheck? in
            let (tree, diagnostics) = ScopeCheckParser.parse(found.node, file: found.file, channelIDs: channels.map(\.id))
            bag.add(contentsOf: diagnostics)
            return tree
        }
        return (data, channels, scopeCheck)
    }

    /// A Markdown file found by the walk, loaded afterwards.
    struct PageFile: Sendable {
        /// The file's path (a URL is made only when it is read, on the loading threads).
        var path: String
        /// The page's key: its path inside content/, except that a section's own page is
        /// always `…/_index.md` whatever the case of its extension.
        var contentPath: String
        var sectionPath: String
        /// The path shown in diagnostics, as the file is named on disk (`content/news/_index.MD`).
        var sourcePath: String

        var url: URL { URL(fileURLWithPath: path) }
    }

    /// `visited` holds the real paths of folders already walked, so a link back to a parent
    /// folder is reported instead of being followed for ever.
    private func walk(_ directory: URL, relative: String, files: inout [PageFile], staticFiles: inout [String],
                      folders: inout [String], visited: inout Set<String>, bag: inout DiagnosticBag) {
        let fileManager = FileManager.default
        let entries: [(name: String, type: UInt8)]
        do {
            // Names equal as text (NFC and NFD spellings) are ordered by their bytes, so the walk's
            // order never depends on the file system.
            entries = try FileBytes.directoryEntries(directory.path).sorted {
                $0.name != $1.name ? $0.name < $1.name : $0.name.utf8.lexicographicallyPrecedes($1.name.utf8)
            }
        } catch {
            bag.add(.error("FILE_UNREADABLE", "无法读取文件夹（\(SourceText.reason(error))）。",
                           at: SourceLocation(file: "content/" + relative)))
            return
        }
        let directoryPath = directory.path
        for (name, type) in entries where !ContentFileName.isNeverPublished(name) {
            let contentPath = relative.isEmpty ? name : relative + "/" + name
            let display = "content/" + contentPath
            if relative.isEmpty && (name == "site.yml" || name == "data") { continue }
            let path = directoryPath + "/" + name
            // The folder entry's type saves an lstat per file; only unknown types are asked.
            var isLink = type == UInt8(DT_LNK)
            var isDirectory = type == UInt8(DT_DIR)
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isLink = lstat(path, &info) != 0 || (info.st_mode & S_IFMT) == S_IFLNK
                isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
            }
            // Only symbolic links need resolving (the folder being walked is already resolved).
            var resolved: URL?
            if isLink {
                guard let target = safeResolve(URL(fileURLWithPath: path), display: display, bag: &bag) else { continue }
                var flag: ObjCBool = false
                _ = fileManager.fileExists(atPath: target.path, isDirectory: &flag)
                resolved = target
                isDirectory = flag.boolValue
            }
            if isDirectory {
                if let problem = URLName.problem(name) {
                    bag.add(.error("SECTION_NAME", "文件夹名“\(name)”会成为网址的一部分，但\(problem)。请改用字母、数字、连字符或中文。",
                                   at: SourceLocation(file: display)))
                    continue
                }
                let folder = resolved ?? URL(fileURLWithPath: path, isDirectory: true)
                guard visited.insert(folder.resolvingSymlinksInPath().path).inserted else {
                    bag.add(.error("SYMLINK_LOOP",
                                   "这个快捷方式（符号链接）指向已经读过的文件夹，会造成无限循环，已跳过。请删除它。",
                                   at: SourceLocation(file: display)))
                    continue
                }
                folders.append(contentPath)
                walk(folder, relative: contentPath, files: &files, staticFiles: &staticFiles, folders: &folders,
                     visited: &visited, bag: &bag)
            } else if ContentFileName.isPage(name) {
                let key = ContentFileName.isIndex(name) ? (relative.isEmpty ? "_index.md" : relative + "/_index.md") : contentPath
                files.append(PageFile(path: resolved?.path ?? path, contentPath: key, sectionPath: relative,
                                      sourcePath: display))
            } else {
                staticFiles.append(contentPath)
            }
        }
    }

    /// Follows symbolic links, refusing any that lead outside the site folder.
    private func safeResolve(_ url: URL, display: String, bag: inout DiagnosticBag) -> URL? {
        let resolved = url.resolvingSymlinksInPath()
        guard resolved.path != url.path else { return url }
        let root = siteDirectory.resolvingSymlinksInPath().path
        if resolved.path == root || resolved.path.hasPrefix(root + "/") { return resolved }
        bag.add(.error("SYMLINK_OUTSIDE",
                       "这是一个指向站点文件夹以外（\(resolved.path)）的快捷方式（符号链接），出于安全不予读取。请把文件复制到 content 文件夹中。",
                       at: SourceLocation(file: display)))
        return nil
    }

    /// Reads one Markdown file into a page (nil when it has errors), with its diagnostics.
    func loadPage(_ file: PageFile) -> (Page?, [Diagnostic]) {
        var bag = DiagnosticBag()
        let page = loadPage(file.url, contentPath: file.contentPath, sectionPath: file.sectionPath,
                            display: file.sourcePath, bag: &bag)
        return (page, bag.items)
    }

    /// Two page files whose names are the same text (one saved in NFC, one in NFD, or
    /// `_index.md` beside `_index.MD`) would be one page: the second is reported, not loaded.
    static func withoutSameNamedFiles(_ files: [PageFile], _ bag: inout DiagnosticBag) -> [PageFile] {
        var owners: [String: String] = [:]
        var kept: [PageFile] = []
        kept.reserveCapacity(files.count)
        for file in files {
            if let other = owners[file.contentPath] {
                bag.add(.error("URL_DUPLICATE",
                               "这个文件与 \(other) 名字相同（只是文字的编码写法或扩展名大小写不同），发布后是同一个网址，其中一个会丢失。请删除或改名其中一个。",
                               at: SourceLocation(file: file.sourcePath)))
            } else {
                owners[file.contentPath] = file.sourcePath
                kept.append(file)
            }
        }
        return kept
    }

    private func loadPage(_ url: URL, contentPath: String, sectionPath: String, display: String,
                          bag: inout DiagnosticBag) -> Page? {
        do {
            let decoded = try SourceText.read(url, displayPath: display)
            bag.add(contentsOf: decoded.warnings)
            let split = try FrontMatterSplit.split(decoded.text, file: display)
            let (matter, diagnostics) = FrontMatterParser.parse(split, file: display)
            bag.add(contentsOf: diagnostics)
            guard let matter else { return nil }
            let fileName = (display as NSString).lastPathComponent
            let isIndex = ContentFileName.isIndex(fileName)
            let kind: PageKind = isIndex ? (sectionPath.isEmpty ? .home : .section) : .page
            let prefix = sectionPath.isEmpty ? "" : sectionPath + "/"
            var urlPath = prefix
            if !isIndex {
                let slug = matter.slug ?? (fileName as NSString).deletingPathExtension
                if let problem = URLName.problem(slug) {
                    let hint = matter.slug == nil ? "请改文件名，或在设置区加一行 slug: 英文名" : "请修改 slug"
                    bag.add(.error("SLUG_INVALID", "网址名“\(slug)”不可用：\(problem)。\(hint)。",
                                   at: matter.valueLocations["slug"] ?? SourceLocation(file: display, line: 1)))
                    return nil
                }
                urlPath += slug + "/"
            }
            urlPath = ContentFileName.urlForm(urlPath)
            return Page(contentPath: contentPath, sourcePath: display, kind: kind, sectionPath: sectionPath,
                        frontMatter: matter,
                        body: PageBody(split.body, file: url.path, displayPath: display, budget: bodyBudget, rereads: bodyRereads),
                        bodyLineOffset: split.bodyLineOffset, urlPath: urlPath,
                        frontMatterText: split.yaml ?? "")
        } catch let diagnostic as Diagnostic {
            bag.add(diagnostic)
            return nil
        } catch {
            bag.add(.error("FILE_UNREADABLE", "\(error)", at: SourceLocation(file: display)))
            return nil
        }
    }

    /// Two pages on one URL, compared as a case-insensitive server (IIS) compares them:
    /// `Case.md` and `case.md` are one address there, so that is an error too.
    private func checkDuplicateURLs(_ pages: [String: Page], _ bag: inout DiagnosticBag) {
        var owners: [String: String] = [:]
        for path in pages.keys.sorted() {
            let page = pages[path]!
            let key = ContentFileName.collisionKey(page.urlPath)
            if let other = owners[key] {
                let otherPage = pages[other]!
                let same = otherPage.urlPath == page.urlPath ? "相同" : "只差大小写（/\(otherPage.urlPath)），在不区分大小写的服务器（如 Windows/IIS）上是同一个网址"
                bag.add(.error("URL_DUPLICATE",
                               "这个页面的网址 /\(page.urlPath) 与 \(otherPage.sourcePath) \(same)，其中一个会被覆盖。请修改其中一个的文件名或 slug。",
                               at: SourceLocation(file: page.sourcePath)))
            } else {
                owners[key] = path
            }
        }
    }
}

/// Rules for names that become part of a URL (folder names and slugs).
enum URLName {
    /// Why `name` cannot be used in a URL, or nil when it can.
    static func problem(_ name: String) -> String? {
        if isPlainASCII(name) { return nil }
        if name.isEmpty { return "不能为空" }
        if name == "." || name == ".." || name.contains("..") { return "不能含有“..”" }
        if name.hasPrefix(".") { return "不能以“.”开头" }
        if name.contains("/") || name.contains("\\") { return "不能含有斜杠" }
        for character in name {
            if character.isLetter || character.isNumber || character == "-" || character == "_" || character == "." {
                continue
            }
            return "含有网址中不安全的字符“\(character == " " ? "空格" : String(character))”"
        }
        return nil
    }

    /// Letters, digits, `-`, `_` and single dots inside (not first): fine without looking
    /// at characters (the usual file name, checked for every page).
    private static func isPlainASCII(_ name: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: ".")
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                break
            case UInt8(ascii: ".") where previous != UInt8(ascii: "."):
                break
            default:
                return false
            }
            previous = byte
        }
        return !name.isEmpty
    }
}

/// Builds the section tree from folders and pages, ordering each section's pages.
enum SectionIndex {
    /// A folder without `_index.md` still gets a section page, titled by `FolderTitle`
    /// (`folder_titles:` in site.yml, a year or month folder's name as 2026年 / 5月); a
    /// folder holding pages that nothing names is titled 未命名栏目 with a
    /// `FOLDER_TITLE_MISSING` warning. A site without `content/_index.md` gets a home page
    /// titled with the site title. A folder whose URL is already a page's (`news/launch/`
    /// holding the images of `news/launch.md`) gets none. Returns the warnings.
    static func addMissingIndexPages(folders: [String], pages: inout [String: Page], config: SiteConfig) -> [Diagnostic] {
        let taken = Set(pages.values.map(\.urlPath))
        let reachable = FolderTitle.foldersWithPages(pages)
        var warnings: [Diagnostic] = []
        for folder in folders {
            let indexPath = folder.isEmpty ? "_index.md" : folder + "/_index.md"
            guard pages[indexPath] == nil, !taken.contains(folder.isEmpty ? "" : folder + "/") else { continue }
            var matter = FrontMatter()
            if folder.isEmpty {
                matter.title = config.title
            } else if let title = FolderTitle.title(of: folder, config: config) {
                matter.title = title
            } else {
                matter.title = FolderTitle.untitled
                if reachable.contains(folder) { warnings.append(FolderTitle.missingWarning(folder)) }
            }
            pages[indexPath] = Page(contentPath: indexPath, sourcePath: "content/" + indexPath,
                                    kind: folder.isEmpty ? .home : .section, sectionPath: folder,
                                    frontMatter: matter, body: "", bodyLineOffset: 0,
                                    urlPath: folder.isEmpty ? "" : ContentFileName.urlForm(folder + "/"), isGenerated: true)
        }
        return warnings
    }

    /// Pages inside a section whose `_index.md` is `visibility: internal` are internal too,
    /// and those inside a section whose `_index.md` has unsettled publication settings
    /// (`Visiblity: internal`) are never published either.
    static func inheritVisibility(folders: [String], pages: inout [String: Page]) {
        let unsettledFolders = folders.filter { !$0.isEmpty && pages[$0 + "/_index.md"]?.frontMatter.publicationUnsettled == true }
        for (path, page) in pages where !unsettledFolders.isEmpty && !page.frontMatter.publicationUnsettled {
            if unsettledFolders.contains(where: { page.sectionPath == $0 || page.sectionPath.hasPrefix($0 + "/") }) {
                pages[path]!.frontMatter.publicationUnsettled = true
            }
        }
        let internalFolders = folders.filter { !$0.isEmpty && pages[$0 + "/_index.md"]?.frontMatter.visibility == .internal }
        guard !internalFolders.isEmpty else { return }
        for (path, page) in pages where page.frontMatter.visibility == .public {
            if internalFolders.contains(where: { page.sectionPath == $0 || page.sectionPath.hasPrefix($0 + "/") }) {
                pages[path]!.frontMatter.visibility = .internal
            }
        }
    }

    static func build(folders: [String], pages: [String: Page]) -> [String: Section] {
        var sections: [String: Section] = [:]
        for folder in folders {
            let indexPath = folder.isEmpty ? "_index.md" : folder + "/_index.md"
            sections[folder] = Section(path: folder, indexPath: indexPath, pagePaths: [], subsectionPaths: [])
        }
        for folder in folders where !folder.isEmpty {
            let parent = (folder as NSString).deletingLastPathComponent
            sections[parent]?.subsectionPaths.append(folder)
        }
        for page in pages.values where page.kind == .page {
            sections[page.sectionPath]?.pagePaths.append(page.contentPath)
        }
        for key in sections.keys {
            // Sorted by small keys, not pages: no dictionary lookups or page copies per comparison.
            sections[key]!.pagePaths = sections[key]!.pagePaths.map { PageOrder.Key(pages[$0]!) }
                .sorted(by: PageOrder.Key.precedes).map(\.path)
            let weight = { (folder: String) -> Int in
                let indexPath = folder + "/_index.md"
                return pages[indexPath]?.frontMatter.weight ?? Int.max
            }
            sections[key]!.subsectionPaths.sort { lhs, rhs in
                let lw = weight(lhs), rw = weight(rhs)
                return lw != rw ? lw < rw : lhs < rhs
            }
        }
        return sections
    }
}

/// Order inside a section: weight (smaller first, unweighted last), then date (newest first),
/// then title and path, so the order never depends on the file system.
public enum PageOrder {
    public static func precedes(_ a: Page, _ b: Page) -> Bool {
        Key.precedes(Key(a), Key(b))
    }

    /// What the order looks at, taken out of a page once.
    struct Key {
        let weight: Int
        let timestamp: Int
        let title: String
        let path: String

        init(_ page: Page) {
            weight = page.frontMatter.weight ?? Int.max
            timestamp = page.date?.timestamp ?? Int.min
            title = page.title
            path = page.contentPath
        }

        static func precedes(_ a: Key, _ b: Key) -> Bool {
            if a.weight != b.weight { return a.weight < b.weight }
            if a.timestamp != b.timestamp { return a.timestamp > b.timestamp }
            if a.title != b.title { return a.title < b.title }
            return a.path < b.path
        }
    }
}
