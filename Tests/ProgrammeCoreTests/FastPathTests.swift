import Foundation
import TestSupport
import Testing

@testable import ProgrammeCore

/// The streaming MoU decoder and the MoU emitter against the reference reader and writer.
@Suite struct FastPathTests {
  static func referenceMoUs(_ bytes: [UInt8]) -> [MoU]? {
    guard let value = try? Store.parse(bytes, file: "mous.json") else { return nil }
    var registry = Registry()
    return (try? registry.load(.mous, from: value, file: "mous.json")) != nil ? registry.mous : nil
  }

  static func shippedBytes() throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestStore.shippedData + "/mous.json")))
  }

  @Test func shippedMoUs_decodeAlikeAndWriteAlike() throws {
    let bytes = try Self.shippedBytes()
    let fast = try #require(MoUStreamDecoder.decode(bytes))
    #expect(fast == Self.referenceMoUs(bytes))
    #expect(MoU.fileBytes(fast) == bytes)
  }

  @Test(arguments: [0, 1, 515, 3_000])
  func generatedMoUs_decodeAlikeAndWriteAlike(count: Int) throws {
    let registry = try SyntheticStore.registry(mous: count)
    let sorted = registry.mous.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    let reference = JSONWriter().bytes(for: .array(sorted.map(\.jsonValue)))
    #expect(MoU.fileBytes(sorted) == reference)
    #expect(MoUStreamDecoder.decode(reference) == sorted)
  }

  @Test func unusualButValidRecords_writeAlike() throws {
    let odd = MoU(
      regency: "53.19", cohort: "2021", signedOn: CalendarDate(year: 2021, month: 5, day: 20)!,
      venue: "Hotel \"Inaya\" \\ Bay\t\u{1B}[31m é 😀", regionalSignatory: Signatory(),
      ministrySignatory: Signatory(name: "x"), accompaniedBy: [Signatory(), Signatory(office: "Sekda")],
      sources: [Source(title: "t", date: CalendarDate(year: 2021, month: 1, day: 2), note: "/n")])
    let reference = JSONWriter().bytes(for: .array([odd.jsonValue]))
    #expect(MoU.fileBytes([odd]) == reference)
    // Escapes send the decoder to the reference path, which reads the same record.
    #expect(MoUStreamDecoder.decode(reference) == nil)
    #expect(Self.referenceMoUs(reference) == [odd])
  }

  @Test(arguments: [
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":"2021-05-20","sources":null,"scope":null,"accompaniedBy":null,"venue":null}]"#,
    #"[ ]"#, "[]\n",
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":"2021-05-20","regionalSignatory":{}}]"#,
  ])
  func validVariants_decodeAlike(text: String) throws {
    let bytes = Array(text.utf8)
    let fast = try #require(MoUStreamDecoder.decode(bytes))
    #expect(fast == Self.referenceMoUs(bytes))
  }

  @Test(arguments: [
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":"2021-05-20","id":"x"}]"#,
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":"2021-02-30"}]"#,
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":"2021-05-20","mode":"zoom"}]"#,
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":"2021-05-20","extra":1}]"#,
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":"2021-05-20"},]"#,
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":"2021-05-20"}] x"#,
    #"[{"id":"mou-2021-53.18","regency":"53.19","cohort":"2021","signedOn":"2021-05-20"}]"#,
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":null}]"#,
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":" ","signedOn":"2021-05-20"}]"#,
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":"2021-05-20","sources":[{}]}]"#,
  ])
  func invalidRecords_areLeftToTheReferencePath(text: String) {
    #expect(MoUStreamDecoder.decode(Array(text.utf8)) == nil)
  }

  /// On mutated files the fast path never accepts what the reference path refuses, and never
  /// reads a record differently.
  @Test func mutatedFiles_neverDecodeDifferently() throws {
    let original = try Self.shippedBytes()
    var random = SeededRandom(seed: 8_520)
    var fastAccepted = 0
    for _ in 0..<LoaderFuzzTests.iterations {
      let mutated = LoaderFuzzTests.mutate(original, &random)
      guard let fast = MoUStreamDecoder.decode(mutated) else { continue }
      fastAccepted += 1
      #expect(fast == Self.referenceMoUs(mutated))
    }
    #expect(fastAccepted > 0)
  }
}
