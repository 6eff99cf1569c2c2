import Foundation

/// A copy of the built `zhengfeng` with its resource bundle, for running as another user:
/// the checkout may sit in a folder that user cannot enter.
enum UnprivilegedBinary {
    static func copy(into folder: URL) throws -> URL {
        let build = CommandLineTests.binary.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["zhengfeng", "zhengfeng_ZhengfengKit.resources"] {
            try FileManager.default.copyItem(at: build.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder.appendingPathComponent("zhengfeng")
    }

    /// Makes every folder under `root` 0755 and every file 0644 (the binary stays executable).
    static func openForReading(_ root: URL) throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.path)
        for case let path as String in FileManager.default.enumerator(atPath: root.path)! {
            let url = root.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            let executable = url.lastPathComponent == "zhengfeng"
            try FileManager.default.setAttributes([.posixPermissions: isDirectory.boolValue || executable ? 0o755 : 0o644],
                                                  ofItemAtPath: url.path)
        }
    }
}
