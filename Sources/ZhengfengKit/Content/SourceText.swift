import Foundation

/// Reads editor files as text: UTF-8 (with or without BOM, CRLF or LF), UTF-16 with a BOM
/// (Windows Notepad's "Unicode") or GB18030/GBK as saved by some Windows editors (both with
/// a warning). Anything else is a clear error.
public enum SourceText {
    /// Files larger than this are refused: no page needs it, and it protects the build.
    public static let maximumSize = 5 * 1024 * 1024

    public struct Decoded: Sendable {
        public var text: String
        public var warnings: [Diagnostic]
    }

    public static func read(_ url: URL, displayPath: String) throws -> Decoded {
        let data: Data
        do {
            try checkRegularFile(url.path, displayPath: displayPath)
            data = try FileBytes.read(url.path, maximumSize: maximumSize)
        } catch FileBytes.Failure.tooLarge(let size) {
            throw Diagnostic.error("FILE_TOO_LARGE",
                                   "文件有 \(String(format: "%.1f", Double(size) / 1024 / 1024)) MB，超过 5 MB 上限。请把内容拆成几个页面，图片和附件不要放进 Markdown 文件。",
                                   at: SourceLocation(file: displayPath))
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw Diagnostic.error("FILE_UNREADABLE",
                                   "无法读取这个文件（\(reason(error))）。请检查文件是否存在、是否有读取权限。",
                                   at: SourceLocation(file: displayPath))
        }
        return try decode(data, displayPath: displayPath)
    }

    public static func decode(_ data: Data, displayPath: String) throws -> Decoded {
        if let utf16 = try decodeUTF16(data, displayPath: displayPath) { return utf16 }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let (binary, utf8) = bytes.withUnsafeBytes { raw -> (Bool, String?) in
            let buffer = raw.bindMemory(to: UInt8.self)
            if containsBinaryControlByte(buffer) { return (true, nil) }
            return (false, String(validating: buffer, as: UTF8.self))
        }
        if binary {
            throw Diagnostic.error("FILE_BINARY",
                                   "这不是文本文件（含有二进制数据）。Markdown 页面必须是纯文本；图片等文件请用 ![说明](图片.png) 引用。",
                                   at: SourceLocation(file: displayPath))
        }
        var warnings: [Diagnostic] = []
        let text: String
        if let utf8 {
            text = utf8
        } else if let gb = decodeGB18030(bytes) {
            text = gb
            warnings.append(.warning("FILE_ENCODING_GBK",
                                     "文件是 GBK/GB18030 编码，已按该编码读取。请用“另存为 → UTF-8”保存，以免在其他电脑上出现乱码。",
                                     at: SourceLocation(file: displayPath)))
        } else {
            throw Diagnostic.error("FILE_ENCODING",
                                   "无法识别文件的文字编码。请在编辑器中用“另存为 → UTF-8”重新保存。",
                                   at: SourceLocation(file: displayPath))
        }
        return Decoded(text: normalizeNewlines(text), warnings: warnings)
    }

    /// UTF-16 text that starts with a byte-order mark (FF FE little-endian, FE FF big-endian),
    /// as Windows Notepad saves "Unicode"; nil when `data` has no such mark.
    static func decodeUTF16(_ data: Data, displayPath: String) throws -> Decoded? {
        let littleEndian: Bool
        if data.starts(with: [0xFF, 0xFE]) {
            littleEndian = true
        } else if data.starts(with: [0xFE, 0xFF]) {
            littleEndian = false
        } else {
            return nil
        }
        let body = data.dropFirst(2)
        let units: [UInt16] = stride(from: body.startIndex, to: body.endIndex - 1, by: 2).map { index in
            let first = UInt16(body[index]), second = UInt16(body[index + 1])
            return littleEndian ? first | second << 8 : first << 8 | second
        }
        guard body.count % 2 == 0, let text = String(validating: units, as: UTF16.self) else {
            throw Diagnostic.error("FILE_ENCODING",
                                   "文件开头标明是 UTF-16（Unicode）编码，但内容不完整或已损坏。请在编辑器中用“另存为 → UTF-8”重新保存。",
                                   at: SourceLocation(file: displayPath))
        }
        let binary = text.utf8.withContiguousStorageIfAvailable(containsBinaryControlByte)
            ?? text.utf8.contains(where: isBinaryControlByte)
        if binary {
            throw Diagnostic.error("FILE_BINARY",
                                   "这不是文本文件（含有二进制数据）。Markdown 页面必须是纯文本；图片等文件请用 ![说明](图片.png) 引用。",
                                   at: SourceLocation(file: displayPath))
        }
        let warning = Diagnostic.warning(
            "FILE_ENCODING_UTF16",
            "文件是 UTF-16（记事本的“Unicode”）编码，已按该编码读取。请用“另存为 → 编码选 UTF-8”保存，以免其他工具读错。",
            at: SourceLocation(file: displayPath))
        return Decoded(text: normalizeNewlines(text), warnings: [warning])
    }

    /// Refuses a symbolic link to nothing and anything that is not a regular file (a pipe
    /// would block the read), before the file is opened.
    static func checkRegularFile(_ path: String, displayPath: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { throw POSIXError(errno) }
        // Only a symbolic link needs a second look, at what it points to.
        if (info.st_mode & S_IFMT) == S_IFLNK && stat(path, &info) != 0 {
            throw Diagnostic.error("FILE_UNREADABLE",
                                   "无法读取这个文件：它是快捷方式（符号链接），但指向的文件不存在。请删除它，或放入真正的文件。",
                                   at: SourceLocation(file: displayPath))
        }
        if (info.st_mode & S_IFMT) != S_IFREG {
            throw Diagnostic.error("FILE_NOT_REGULAR",
                                   "这不是普通文件（可能是设备或管道），不予读取。请放入普通的文本文件。",
                                   at: SourceLocation(file: displayPath))
        }
    }

    /// NUL and control bytes that never occur in text (tab, newline, form feed, carriage
    /// return and escape do).
    static func isBinaryControlByte(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D && byte != 0x1B
    }

    /// `buffer.contains(where: isBinaryControlByte)`, eight bytes at a time: only words
    /// holding a byte below 0x20 are looked at byte by byte.
    static func containsBinaryControlByte(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= buffer.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0,
                   buffer[index..<(index + 8)].contains(where: isBinaryControlByte) {
                    return true
                }
                index += 8
            }
        }
        return buffer[index...].contains(where: isBinaryControlByte)
    }

    static func normalizeNewlines(_ text: String) -> String {
        guard containsByte(text, UInt8(ascii: "\r")) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Whether the UTF-8 of `text` holds `byte` (`memchr`, not byte-by-byte iteration).
    static func containsByte(_ text: String, _ byte: UInt8) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { buffer in
            buffer.baseAddress.map { memchr($0, Int32(byte), buffer.count) != nil } ?? false
        }
        return found ?? text.utf8.contains(byte)
    }

    /// GB18030 (a superset of GBK and GB2312) through glibc's iconv.
    static func decodeGB18030(_ data: Data) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = [CChar](repeating: 0, count: data.count)
        input.withUnsafeMutableBytes { _ = data.copyBytes(to: $0) }
        var output = [UInt8](repeating: 0, count: data.count * 2 + 16)
        var produced = -1
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                outBuffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: outBuffer.count) { outBase in
                    var inPointer = inBuffer.baseAddress
                    var inLeft = inBuffer.count
                    var outPointer: UnsafeMutablePointer<CChar>? = outBase
                    var outLeft = outBuffer.count
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    if result != -1 && inLeft == 0 { produced = outBuffer.count - outLeft }
                }
            }
        }
        guard produced >= 0 else { return nil }
        return String(decoding: output[0..<produced], as: UTF8.self)
    }

    static func reason(_ error: Error) -> String {
        if let posix = error as? POSIXError {
            switch posix.code {
            case .EACCES, .EPERM: return "没有读取权限"
            case .ENOENT: return "文件不存在"
            case .EISDIR: return "这是一个文件夹"
            default: return String(cString: strerror(posix.code.rawValue))
            }
        }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            switch code {
            case .EACCES, .EPERM: return "没有读取权限"
            case .ENOENT: return "文件不存在"
            case .EISDIR: return "这是一个文件夹"
            default: break
            }
        }
        if nsError.code == NSFileReadNoPermissionError { return "没有读取权限" }
        if nsError.code == NSFileReadNoSuchFileError { return "文件不存在" }
        return nsError.localizedDescription
    }
}
