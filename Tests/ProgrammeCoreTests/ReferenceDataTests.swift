import Foundation
import TestSupport
import Testing

@testable import ProgrammeCore

/// The built-in reference collections: their text is what the store writes, and the values a
/// read takes instead of decoding that text are what decoding it gives.
@Suite struct ReferenceDataTests {
  static let builtCollections: [Collection] = [.provinces, .regencies]

  static func file(_ collection: Collection) throws -> [UInt8] {
    let text = try #require(ReferenceData.files.first { $0.0 == collection }?.1)
    return Array(ReferenceData.bytes(of: text))
  }

  @Test(arguments: builtCollections)
  func builtValues_areWhatBothDecodersRead(collection: Collection) throws {
    let bytes = try Self.file(collection)
    var built = Registry()
    #expect(bytes.withUnsafeBufferPointer { ReferenceData.takeBuilt(collection, ifFileIs: $0, into: &built) })
    #expect(!built.records(of: collection).isEmpty)
    #expect(FastPathTests.fast(collection, bytes) == built.records(of: collection))
    #expect(FastPathTests.reference(collection, bytes) == built.records(of: collection))
    // Compared as values too: `records(of:)` is itself derived from them.
    var decoded = Registry()
    #expect(bytes.withUnsafeBufferPointer { decoded.loadQuickly(collection, from: $0) })
    #expect(decoded.provinces == built.provinces)
    #expect(decoded.regencies == built.regencies)
  }

  /// The text is byte for byte what the store's writer makes of it, so that a store made by
  /// `smartcity init`, or rewritten by any command, keeps being read the short way.
  @Test func files_areAsTheStoreWritesThem() throws {
    let registry = try ReferenceData.registry()
    for (collection, text) in ReferenceData.files {
      let written = JSONWriter().bytes(for: .array(registry.records(of: collection)))
      #expect(Array(ReferenceData.bytes(of: text)) == written, "built-in \(collection.fileName)")
    }
  }

  @Test func takeBuilt_onlyForTheExactBytes() throws {
    let regencies = try Self.file(.regencies)
    func takes(_ collection: Collection, _ bytes: [UInt8]) -> Bool {
      var registry = Registry()
      return bytes.withUnsafeBufferPointer { ReferenceData.takeBuilt(collection, ifFileIs: $0, into: &registry) }
    }
    #expect(takes(.regencies, regencies))
    #expect(!takes(.regencies, Array(regencies.dropLast())), "without the final newline")
    #expect(!takes(.regencies, regencies + [0x0A]))
    var renamed = regencies
    let at = try #require(renamed.firstIndex(of: UInt8(ascii: "A")))
    renamed[at] = UInt8(ascii: "B")
    #expect(!takes(.regencies, renamed))
    #expect(!takes(.provinces, regencies), "another collection's file")
    #expect(!takes(.pillars, try Self.file(.pillars)), "a collection not built in as values")
    #expect(!takes(.regencies, []))
  }

  /// Through the store: a store as `init` makes it is read with the built regencies, and one
  /// whose regencies file was edited by hand is read as edited.
  @Test func store_readsAnEditedReferenceFileAsEdited() throws {
    let test = try TestStore(empty: ())
    defer { test.remove() }
    try Store.create(at: test.path, holding: try ReferenceData.registry())
    let store = test.store
    #expect(try store.load().regencies == ReferenceData.builtRegencies)
    let file = test.path + "/regencies.json"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    try text.replacingOccurrences(of: "\"Aceh Selatan\"", with: "\"Aceh Selatan (edited)\"")
      .write(toFile: file, atomically: false, encoding: .utf8)
    let edited = try store.load().regencies
    #expect(edited.first { $0.code == "11.01" }?.name == "Aceh Selatan (edited)")
    #expect(edited.count == ReferenceData.builtRegencies.count)
  }
}
