import Foundation
import TestSupport
import Testing

@testable import ProgrammeCore

/// The record merge of git's driver, without git: the typed fast path for MoUs and the generic
/// path agree, and each rule holds.
@Suite struct RecordMergeTests {
  static func versions() throws -> (base: Registry, ours: Registry, theirs: Registry) {
    let base = try Store(directory: TestStore.fixture).load()
    var ours = base
    var theirs = base
    // Ours: a venue on Bekasi, Tegal removed, a new MoU; theirs: the signatory of Bekasi, Tegal
    // edited (a conflict with the removal), another venue on Kuningan, two sides on Sumedang.
    ours.mous[ours.mous.firstIndex { $0.id == "mou-2017-32.75" }!].venue = "Ours"
    ours.mous.removeAll { $0.id == "mou-2022-33.76" }
    ours.mous[ours.mous.firstIndex { $0.id == "mou-2022-32.11" }!].venue = "Sumedang A"
    var added = base.mous.first { $0.id == "mou-2022-32.08" }!
    added.regency = "32.71"
    added.id = "mou-2022-32.71"
    ours.mous.append(added)
    ours.mous.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    theirs.mous[theirs.mous.firstIndex { $0.id == "mou-2017-32.75" }!].regionalSignatory = Signatory(office: "Wali Kota")
    theirs.mous[theirs.mous.firstIndex { $0.id == "mou-2022-33.76" }!].venue = "Tegal"
    theirs.mous[theirs.mous.firstIndex { $0.id == "mou-2022-32.08" }!].venue = "Kuningan"
    theirs.mous[theirs.mous.firstIndex { $0.id == "mou-2022-32.11" }!].venue = "Sumedang B"
    return (base, ours, theirs)
  }

  @Test func typedAndGenericPaths_giveTheSameMerge() throws {
    let (base, ours, theirs) = try Self.versions()
    let merge = RecordMerge(.mous)
    let typed = try merge.merge(
      base: base.fileBytes(of: .mous), ours: ours.fileBytes(of: .mous), theirs: theirs.fileBytes(of: .mous))
    // A byte order mark (as Windows editors add) is not the store's layout: the fast decoder
    // declines and the generic path runs.
    func compact(_ registry: Registry) -> [UInt8] {
      [0xEF, 0xBB, 0xBF] + JSONWriter(pretty: false).bytes(for: .array(registry.records(of: .mous)))
    }
    #expect(MoUStreamDecoder.decode(compact(ours)) == nil)
    let generic = try merge.merge(base: compact(base), ours: compact(ours), theirs: compact(theirs))
    #expect(typed.bytes == generic.bytes)
    #expect(typed.conflicts == generic.conflicts)

    var merged = Registry()
    try merged.load(.mous, from: try Store.parse(typed.bytes, file: "mous.json"), file: "mous.json")
    let bekasi = try #require(merged.mous.first { $0.id == "mou-2017-32.75" })
    #expect(bekasi.venue == "Ours" && bekasi.regionalSignatory?.office == "Wali Kota")
    #expect(merged.mous.first { $0.id == "mou-2022-32.08" }?.venue == "Kuningan")
    #expect(merged.mous.contains { $0.id == "mou-2022-32.71" })
    #expect(merged.mous.first { $0.id == "mou-2022-33.76" }?.venue == "Tegal")
    #expect(merged.mous.first { $0.id == "mou-2022-32.11" }?.venue == "Sumedang A")
    #expect(typed.conflicts.map { "\($0.id) \($0.field ?? "(record)")" } == ["mou-2022-32.11 venue", "mou-2022-33.76 (record)"])
    // Merging the other way round gives the same records; only ours and theirs swap in conflicts.
    let reversed = try merge.merge(
      base: base.fileBytes(of: .mous), ours: theirs.fileBytes(of: .mous), theirs: ours.fileBytes(of: .mous))
    var other = Registry()
    try other.load(.mous, from: try Store.parse(reversed.bytes, file: "mous.json"), file: "mous.json")
    #expect(other.mous.filter { $0.id != "mou-2022-32.11" } == merged.mous.filter { $0.id != "mou-2022-32.11" })
  }

  @Test func aFileNewOnBothSides_hasNoBase() throws {
    let (_, ours, theirs) = try Self.versions()
    let merged = try RecordMerge(.mous).merge(base: [], ours: ours.fileBytes(of: .mous), theirs: theirs.fileBytes(of: .mous))
    #expect(!merged.conflicts.isEmpty)
    #expect(MoUStreamDecoder.decode(merged.bytes) != nil)
  }
}
