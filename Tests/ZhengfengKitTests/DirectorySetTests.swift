import Foundation
import Synchronization
import Testing
@testable import ZhengfengKit

/// Output writers create each folder once although pages and index files are written from
/// several threads.
@Suite struct DirectorySetTests {
    @Test func aWriterThatComesWhileTheFolderIsBeingCreatedCreatesItToo() throws {
        let folders = DirectorySet()
        let firstIsCreating = DispatchSemaphore(value: 0)
        let secondIsDone = DispatchSemaphore(value: 0)
        let firstFinished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? folders.ensure("search/text") {
                firstIsCreating.signal()
                _ = secondIsDone.wait(timeout: .now() + 60)
            }
            firstFinished.signal()
        }
        #expect(firstIsCreating.wait(timeout: .now() + 60) == .success)
        let secondCreated = Atomic(false)
        try folders.ensure("search/text") { secondCreated.store(true, ordering: .relaxed) }
        secondIsDone.signal()
        let second = secondCreated.load(ordering: .relaxed)
        #expect(second, "the second writer must not go on before the folder exists")
        #expect(firstFinished.wait(timeout: .now() + 60) == .success)
        let thirdCreated = Atomic(false)
        try folders.ensure("search/text") { thirdCreated.store(true, ordering: .relaxed) }
        let third = thirdCreated.load(ordering: .relaxed)
        #expect(!third, "a created folder is not created again")
    }

    @Test func aFolderThatCouldNotBeCreatedIsTriedAgain() throws {
        struct Refused: Error {}
        let folders = DirectorySet()
        #expect(throws: Refused.self) { try folders.ensure("a") { throw Refused() } }
        let created = Atomic(false)
        try folders.ensure("a") { created.store(true, ordering: .relaxed) }
        let again = created.load(ordering: .relaxed)
        #expect(again)
    }
}
