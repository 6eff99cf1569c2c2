/// The “归不归纪委监委管？” self-check of `content/data/scope-check.yml`: questions with plain
/// answers that lead to further questions or to outcomes. One tree feeds the web stepper
/// (`ScopeCheckOutput`), the flowchart board and the brochure page, so a resident gets the
/// same answer on the site and on paper. `ScopeCheckParser` reads and checks it: every answer
/// leads somewhere that exists, no loop, nothing unreachable, every channel and authority named
/// exists.
public struct ScopeCheck: Sendable, Equatable {
    /// The page title (`归不归纪委监委管？`).
    public var title: String
    /// A short text under the title.
    public var intro: String
    /// The id of the first question.
    public var start: String
    /// The bodies residents are sent to when the commission does not accept the matter.
    public var authorities: [ScopeAuthority]
    public var questions: [ScopeQuestion]
    public var outcomes: [ScopeOutcome]

    /// The question with `id`, if there is one.
    public func question(_ id: String) -> ScopeQuestion? { questions.first { $0.id == id } }

    /// The outcome with `id`, if there is one.
    public func outcome(_ id: String) -> ScopeOutcome? { outcomes.first { $0.id == id } }

    /// The authority with `id`, if there is one.
    public func authority(_ id: String) -> ScopeAuthority? { authorities.first { $0.id == id } }

    /// Every step (questions first, then outcomes), in file order.
    public var stepIDs: [String] { questions.map(\.id) + outcomes.map(\.id) }

    /// Every way through the tree from the start: the answers' texts and the outcome reached.
    /// Finite because the checks refuse loops.
    public func paths() -> [(answers: [String], outcome: String)] {
        var result: [(answers: [String], outcome: String)] = []
        func walk(_ id: String, _ answers: [String], _ seen: Set<String>) {
            guard let question = question(id) else {
                if outcome(id) != nil { result.append((answers, id)) }
                return
            }
            guard !seen.contains(id) else { return }
            for answer in question.answers { walk(answer.next, answers + [answer.text], seen.union([id])) }
        }
        walk(start, [], [])
        return result
    }
}

/// One question and its answers.
public struct ScopeQuestion: Sendable, Equatable {
    /// Lower-case letters, digits and hyphens: it becomes a folder name (`scope-check/who/`).
    public var id: String
    public var text: String
    /// An optional hint under the question.
    public var hint: String
    public var answers: [ScopeAnswer]
    public var location: SourceLocation
}

/// One answer: what the resident taps, and the question or outcome it leads to.
public struct ScopeAnswer: Sendable, Equatable {
    public var text: String
    public var next: String
    public var location: SourceLocation
}

/// Where a path ends: the commission accepts the matter (which channel, why real name helps,
/// what to prepare) or does not (the reason, and where to go instead).
public struct ScopeOutcome: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// 归纪委监委管
        case accepted
        /// 不归纪委监委管
        case excluded
    }

    public var id: String
    public var kind: Kind
    public var title: String
    /// What the outcome means, in a sentence or two.
    public var text: String
    /// Accepted: channel ids of data/channels.yml, best first.
    public var channels: [String]
    /// Accepted: why a real name helps.
    public var realName: String
    /// Accepted: what to prepare before reporting.
    public var prepare: [String]
    /// Excluded: why the commission does not accept it.
    public var reason: String
    /// Excluded: authority ids, where to go instead.
    public var goTo: [String]
    /// What to do now, in a sentence (any outcome; an excluded outcome without `goTo` needs it).
    public var advice: String
    public var location: SourceLocation
    /// Where each of `goTo` is written (checked once the whole file is read).
    public var goToLocations: [SourceLocation] = []
}

/// A body residents are sent to (人民法院, 12345 …): its name and how to reach it.
public struct ScopeAuthority: Sendable, Equatable {
    public var id: String
    public var name: String
    /// How to reach it, in a sentence (`拨打 12345，或者……`).
    public var how: String
    public var location: SourceLocation
}
