import Foundation
import ProgrammeCore
import TestSupport
import Testing

@testable import SmartCityCLI

/// What an MoU takes from its ceremony is one definition (`MoUAsSigned`): `show`, the site's
/// region pages and the SQL view agree on every MoU of the shipped store, and none of them
/// gives the ceremony's venue as where the region signed from.
@Suite struct MoUAsSignedTests {
  static let registry = TestStore.loaded(TestStore.shippedData)

  @Test func show_printsEachMoUAsSigned() throws {
    let registry = Self.registry
    #expect(registry.mous.count > 200)
    for (code, mous) in Dictionary(grouping: registry.mous, by: \.regency) {
      guard let regency = registry.regencies.first(where: { $0.code == code }) else { continue }
      let text = RegionProfile(regency: regency, registry: registry).text(color: false, language: .english)
      let signings = mous.map { MoUAsSigned($0, in: registry) }
      #expect(
        text.components(separatedBy: "  Signed from: ").count - 1 == signings.filter { $0.signedFrom != nil }.count, "\(code)")
      for signed in signings {
        if let venue = signed.signedFrom { #expect(text.contains("  Signed from: \(venue)"), "\(signed.mou.id)") }
        if let person = signed.presidedBy { #expect(text.contains("  Presided by: \(person)"), "\(signed.mou.id)") }
        if let mode = signed.mode { #expect(text.contains("  Mode: \(mode.rawValue)"), "\(signed.mou.id)") }
        if let ministry = signed.ministrySignatory {
          #expect(text.contains("  Counterpart: \(ministry.summary(in: .english))"), "\(signed.mou.id)")
        }
      }
    }
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")))
  func theSQLView_givesEachMoUAsSigned() throws {
    let registry = Self.registry
    let script = SQLWriter().script(for: registry).joined()
    let test = try TestStore(empty: ())
    defer { test.remove() }
    let query =
      "SELECT id, coalesce(signing_mode, ''), coalesce(signing_presided_by, ''), "
      + "coalesce(signing_ministry_signatory_name, ''), coalesce(signing_ministry_signatory_on_behalf_of, '') "
      + "FROM mous_as_signed ORDER BY id;"
    let (status, output) = try CLI.shell(
      "/usr/bin/sqlite3", ["-separator", "\t", test.root + "/registry.db"], input: script + ".headers off\n" + query + "\n")
    #expect(status == 0, "\(output.prefix(500))")
    let expected = registry.mous.sorted { $0.id < $1.id }.map { mou in
      let signed = MoUAsSigned(mou, in: registry)
      return [
        mou.id, signed.mode?.rawValue ?? "", signed.presidedBy ?? "", signed.ministrySignatory?.name ?? "",
        signed.ministrySignatory?.onBehalfOf ?? "",
      ].joined(separator: "\t")
    }
    #expect(output.split(separator: "\n").map(String.init) == expected)
  }

  @Test func theSite_neverGivesTheCeremonysVenueAsWhereTheRegionSigned() throws {
    let registry = Self.registry
    let venues = Set(registry.ceremonies.compactMap(\.venue))
    let pages = SiteBuilder(registry: registry, language: .english).pages()
    var checked = 0
    for mou in registry.mous {
      let signed = MoUAsSigned(mou, in: registry)
      guard let ceremony = signed.ceremony, let venue = ceremony.venue, signed.signedFrom != venue else { continue }
      guard let page = pages.first(where: { $0.0.hasSuffix("/\(mou.regency).html") })?.1 else { continue }
      let label = Phrase(.siteVenue).text(in: .english)
      #expect(!page.contains("<dt>\(label)</dt><dd>\(HTMLPage.escape(venue))</dd>"), "\(mou.id)")
      checked += 1
    }
    #expect(!venues.isEmpty && checked > 0)
  }
}
