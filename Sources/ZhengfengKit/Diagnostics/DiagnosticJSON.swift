import Foundation

/// `zhengfeng check --format json`: an array of {file, line, column, severity, code, message}.
public enum DiagnosticJSON {
    struct Entry: Encodable {
        let file: String
        let line: Int
        let column: Int
        let severity: String
        let code: String
        let message: String
    }

    public static func encode(_ diagnostics: [Diagnostic]) -> String {
        let entries = diagnostics.map {
            Entry(file: $0.location.file, line: $0.location.line, column: $0.location.column,
                  severity: $0.severity.rawValue, code: $0.code, message: $0.message)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(entries)) ?? Data("[]".utf8), as: UTF8.self)
    }
}
