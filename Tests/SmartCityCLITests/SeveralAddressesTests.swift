import Foundation
import ProgrammeCore
import TestSupport
import Testing

/// Two addresses typed in one value are two sources, whatever the entry point; a value that
/// mixes addresses and words is refused, and the store is left as it was.
@Suite struct SeveralAddressesTests {
  static let together = [
    "https://a.example/1 https://b.example/2", "https://a.example/1, https://b.example/2",
    "https://a.example/1,https://b.example/2", "https://a.example/1 ; https://b.example/2",
  ]

  @Test(arguments: together) func aValueWithTwoAddresses_isTwoSources(value: String) throws {
    #expect(try Source.typed(value).map(\.url) == ["https://a.example/1", "https://b.example/2"])
  }

  @Test func oneAddressOrATitle_isOneSource() throws {
    #expect(try Source.typed("https://a.example/x?q=1,2").map(\.url) == ["https://a.example/x?q=1,2"])
    #expect(try Source.typed("example.org/berita,").map(\.url) == ["https://example.org/berita"])
    #expect(try Source.typed("Perbup No. 27 Tahun 2019").map(\.title) == ["Perbup No. 27 Tahun 2019"])
    #expect(throws: ProgrammeError.self) { try Source.typed("https://a.example/1 dan https://b.example/2") }
  }

  /// `--source`, `edit --set source=`, `edit --source` and an import cell: each stores two sources.
  @Test func everyEntryPoint_storesEachAddressAsASource() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    func sources(_ id: String) throws -> [String] {
      let registry = try test.store.load()
      return registry.mous.first { $0.id == id }?.sources.compactMap(\.url) ?? []
    }
    let value = Self.together[1]
    let added = CLI.runInProcess(
      ["add-mou", "--regency", "Kota Bekasi", "--date", "2022-04-21", "--source", value], data: test.path)
    #expect(added.status == 0, "\(added.standardError)")
    #expect(try sources("mou-2022-32.75") == ["https://a.example/1", "https://b.example/2"])
    let set = CLI.runInProcess(
      ["edit", "mou-2022-32.75", "--set", "source=https://c.example/3 https://d.example/4"], data: test.path)
    #expect(set.status == 0, "\(set.standardError)")
    #expect(try sources("mou-2022-32.75") == ["https://c.example/3", "https://d.example/4"])
    let more = CLI.runInProcess(
      ["edit", "mou-2022-32.75", "--source", "https://e.example/5 https://f.example/6"], data: test.path)
    #expect(more.status == 0, "\(more.standardError)")
    #expect(try sources("mou-2022-32.75").count == 4)
    let csv = test.root + "/depok.csv"
    try Data("regency,date,source\nKota Depok,2022-04-21,\"\(value)\"\n".utf8).write(to: URL(fileURLWithPath: csv))
    let imported = CLI.runInProcess(["import", csv], data: test.path)
    #expect(imported.status == 0, "\(imported.standardError)")
    #expect(try sources("mou-2022-32.76") == ["https://a.example/1", "https://b.example/2"])

    let before = try test.snapshot()
    let mixed = "https://a.example/1 dan https://b.example/2"
    let refused = CLI.runInProcess(
      ["add-mou", "--regency", "Kota Bogor", "--date", "2022-04-21", "--source", mixed], data: test.path)
    #expect(refused.status == 64 && refused.errorLines.count == 1)
    #expect(refused.errorLines.first?.contains("web addresses mixed with other words (dan)") == true)
    let cell = CLI.runInProcess(["edit", "mou-2022-32.75", "--set", "source=\(mixed)"], data: test.path)
    #expect(cell.status == 1 && cell.errorLines.count == 1, "\(cell.standardError)")
    #expect(try test.snapshot() == before)
  }
}
