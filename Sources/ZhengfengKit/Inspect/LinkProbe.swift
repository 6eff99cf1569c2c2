import Foundation
import Synchronization
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Checks whether addresses on other websites can be opened (`zhengfeng inspect --online`).
/// Tests use their own prober: they never go online.
public protocol LinkProber: Sendable {
    /// For each address, nil when it opened, else why not (in Chinese).
    func probe(_ urls: [String]) -> [String: String?]
}

/// Asks each address over the network: a HEAD request (GET when the server refuses HEAD),
/// following redirects; a status of 400 or more, or no answer within `timeout`, is a failure.
public struct NetworkLinkProber: LinkProber {
    public var timeout: TimeInterval

    public init(timeout: TimeInterval = 15) {
        self.timeout = timeout
    }

    public func probe(_ urls: [String]) -> [String: String?] {
        var results: [String: String?] = [:]
        for url in urls { results[url] = problem(url) }
        return results
    }

    /// Why `text` cannot be opened, or nil when it can.
    func problem(_ text: String) -> String? {
        guard let url = URL(string: text) else { return "不是有效的网址" }
        let head = status(url, method: "HEAD")
        if case .status(let code) = head, code == 405 || code == 501 {
            return describe(status(url, method: "GET"))
        }
        return describe(head)
    }

    enum Outcome: Sendable {
        case status(Int)
        case failure(String)
    }

    func describe(_ outcome: Outcome) -> String? {
        switch outcome {
        case .status(let code) where code < 400: return nil
        case .status(let code): return "服务器回答 HTTP \(code)"
        case .failure(let reason): return reason
        }
    }

    func status(_ url: URL, method: String) -> Outcome {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = method
        let box = OutcomeBox()
        let done = DispatchSemaphore(value: 0)
        let task = URLSession.shared.dataTask(with: request) { _, response, error in
            if let response = response as? HTTPURLResponse {
                box.set(.status(response.statusCode))
            } else {
                box.set(.failure(error.map { "无法连接（\($0.localizedDescription)）" } ?? "没有回答"))
            }
            done.signal()
        }
        task.resume()
        if done.wait(timeout: .now() + timeout + 5) == .timedOut {
            task.cancel()
            return .failure("\(Int(timeout)) 秒内没有回答")
        }
        return box.get() ?? .failure("没有回答")
    }

    /// The answer, handed from URLSession's queue to the waiting caller.
    final class OutcomeBox: Sendable {
        private let value = Mutex<Outcome?>(nil)
        func set(_ outcome: Outcome) { value.withLock { $0 = outcome } }
        func get() -> Outcome? { value.withLock { $0 } }
    }
}
