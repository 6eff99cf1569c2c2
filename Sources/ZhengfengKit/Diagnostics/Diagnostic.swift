import Foundation

/// How serious a diagnostic is. Errors stop a build; warnings and notes do not.
public enum Severity: String, Sendable, Codable, Comparable {
    case error, warning, note

    /// The word editors see.
    public var label: String {
        switch self {
        case .error: return "错误"
        case .warning: return "警告"
        case .note: return "提示"
        }
    }

    private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A position in a source file: path relative to the site folder, 1-based line and column.
public struct SourceLocation: Sendable, Hashable, Codable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = max(line, 1)
        self.column = max(column, 1)
    }
}

/// One message for an editor, at a file, line and column, with a stable code.
public struct Diagnostic: Sendable, Hashable, Codable, Error, CustomStringConvertible {
    public var location: SourceLocation
    public var severity: Severity
    public var code: String
    public var message: String

    public init(_ severity: Severity, _ code: String, _ message: String, at location: SourceLocation) {
        self.location = location
        self.severity = severity
        self.code = code
        self.message = message
    }

    public static func error(_ code: String, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code, message, at: location)
    }

    public static func warning(_ code: String, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location)
    }

    /// `path:line:col: 错误: message [CODE]`
    public var description: String {
        "\(location.file):\(location.line):\(location.column): \(severity.label): \(message) [\(code)]"
    }
}

/// Thrown when a stage found errors; carries every diagnostic collected so far.
public struct DiagnosticsError: Error, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sortedForDisplay()
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, line, column, then severity and code: stable output for editors and tests.
    public func sortedForDisplay() -> [Diagnostic] {
        sorted {
            ($0.location.file, $0.location.line, $0.location.column, $0.severity.rawValue, $0.code, $0.message)
                < ($1.location.file, $1.location.line, $1.location.column, $1.severity.rawValue, $1.code, $1.message)
        }
    }

    public var hasErrors: Bool { contains { $0.severity == .error } }
}

/// Collects diagnostics across a stage.
public struct DiagnosticBag: Sendable {
    public private(set) var items: [Diagnostic] = []
    public init() {}
    public mutating func add(_ diagnostic: Diagnostic) { items.append(diagnostic) }
    public mutating func add(contentsOf diagnostics: [Diagnostic]) { items.append(contentsOf: diagnostics) }
    public var hasErrors: Bool { items.hasErrors }
}
