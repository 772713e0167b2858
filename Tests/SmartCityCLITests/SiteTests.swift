import Foundation
import ProgrammeCore
import TestSupport
import Testing

@testable import SmartCityCLI

/// The published registry: the map and the static site, on the fixture store.
@Suite struct SiteTests {
  static func files(in folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder)
    while let path = enumerator?.nextObject() as? String {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
        files[path] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))
      }
    }
    return files
  }

  @Test func site_hasEveryPage_everyLinkResolves_andRebuildsByteForByte() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let site = test.root + "/site"
    let built = try CLI.run(["export", "--format", "site", "--output", site], data: test.path)
    #expect(built.status == 0, "\(built.standardError)")
    let files = try Self.files(in: site)
    for language in ["en", "id"] {
      #expect(files.keys.filter { $0.hasPrefix("\(language)/regions/") }.count == 514)
      #expect(files.keys.filter { $0.hasPrefix("\(language)/provinces/") }.count == 38)
      // Five cohorts and the three phases of 2017.
      #expect(files.keys.filter { $0.hasPrefix("\(language)/cohorts/") }.count == 8)
    }
    #expect(files["data/registry.json"] != nil && files["data/datapackage.json"] != nil && files["data/mous.csv"] != nil)
    // No sitemap without the address the site is published at: search engines take only full addresses.
    #expect(files["data/LICENSE-wilayah_boundaries.txt"] != nil && files["sitemap.xml"] == nil)
    // Every link inside the site names a file of the site; nothing is loaded from elsewhere.
    var checked = 0
    for (path, data) in files where path.hasSuffix(".html") {
      let html = String(decoding: data, as: UTF8.self)
      #expect(!html.contains("<script src") && !html.contains("<link ") && !html.contains("@import"), "\(path)")
      let folder = path.split(separator: "/").dropLast().joined(separator: "/")
      for match in html.matches(of: /href="([^"#:]+)(#[^"]*)?"/) {
        let target = URL(fileURLWithPath: "/" + folder + "/" + String(match.1)).standardizedFileURL.path.dropFirst()
        #expect(files[String(target)] != nil, "\(path) links to \(match.1)")
        checked += 1
      }
    }
    #expect(checked > 5000)
    // A drawing's text is sized on the drawing: the site's style sheet does not size it, and
    // at the page's size the funnel's labels ran out of their room.
    var drawings = 0
    for (path, data) in files where path.hasSuffix(".html") {
      for svg in String(decoding: data, as: UTF8.self).matches(of: /<svg[^>]*>(?:(?!<\/svg>)[\s\S])*<text/) {
        #expect(svg.output.contains("font-size="), "\(path): \(svg.output.prefix(80))")
        drawings += 1
      }
    }
    #expect(drawings > 10)
    // The front page's map: all 514 regions, the members marked, each a link to its page.
    let front = String(decoding: try #require(files["en/index.html"]), as: UTF8.self)
    #expect(front.components(separatedBy: "<path data-code=").count - 1 == 514)
    #expect(front.components(separatedBy: "class=\"m\"").count - 1 == 88)
    #expect(front.contains("<a href=\"regions/32.75.html\" aria-label=\"Kota Bekasi (32.75): cohort 2017, signed 2017-05-22\">"))
    #expect(front.contains("Boundaries: cahyadsn/wilayah_boundaries"))
    // A region's page: its MoU with sources and evidence, its milestones.
    let timur = String(decoding: try #require(files["en/regions/53.19.html"]), as: UTF8.self)
    #expect(timur.contains("Agas Andreas") && timur.contains("Bimtek Tahap I"))
    let indonesian = String(decoding: try #require(files["id/regions/53.19.html"]), as: UTF8.self)
    #expect(indonesian.contains("<html lang=\"id\">") && indonesian.contains("20 Mei 2021"))
    // The data's licence on the page about the registry and in the downloads' description.
    let about = String(decoding: try #require(files["en/about.html"]), as: UTF8.self)
    #expect(about.contains("(CC BY 4.0)") && about.contains("href=\"https://creativecommons.org/licenses/by/4.0/\""))
    let package = String(decoding: try #require(files["data/datapackage.json"]), as: UTF8.self)
    #expect(package.contains("\"name\": \"CC-BY-4.0\""))
    // The downloads' description names exactly the files beside it.
    let described = try JSONParser().parse(Array(package.utf8))["resources"]?.arrayValue?.compactMap { $0["path"]?.stringValue }
    let beside = files.keys.filter { $0.hasPrefix("data/") && $0 != "data/datapackage.json" }.map { String($0.dropFirst(5)) }
    #expect(Set(described ?? []) == Set(beside) && described?.count == beside.count)
    // The same store gives the same site, byte for byte.
    let again = try CLI.run(["export", "--format", "site", "--output", site], data: test.path)
    #expect(again.status == 0)
    #expect(try Self.files(in: site) == files)
  }

  @Test func site_keepsAFolderOfSomebodyElses_andNeedsOutput() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let folder = test.root + "/mine"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Data("keep me".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
    let written = try CLI.run(["export", "--format", "site", "--output", folder], data: test.path)
    #expect(written.status == 0, "\(written.standardError)")
    #expect(try String(contentsOfFile: folder + "/notes.txt", encoding: .utf8) == "keep me")
    #expect(FileManager.default.fileExists(atPath: folder + "/en/index.html"))
    let noOutput = try CLI.run(["export", "--format", "site"], data: test.path)
    #expect(noOutput.status == 64 && noOutput.standardError.contains("--output DIR"))
  }

  /// With the address it is published at, the site's sitemap lists every page by its full
  /// address; the option is refused with any other format and for an address no browser opens.
  @Test func baseURL_makesASitemapOfFullAddresses() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let site = test.root + "/site"
    let built = try CLI.run(
      ["export", "--format", "site", "--output", site, "--base-url", "https://example.org/smart&city"], data: test.path)
    #expect(built.status == 0, "\(built.standardError)")
    let files = try Self.files(in: site)
    let sitemap = String(decoding: try #require(files["sitemap.xml"]), as: UTF8.self)
    let addresses = sitemap.matches(of: /<loc>([^<]*)<\/loc>/).map { String($0.1) }
    let pages = files.keys.filter { $0.hasSuffix(".html") }
    #expect(addresses.count == pages.count && !pages.isEmpty)
    #expect(Set(addresses) == Set(pages.map { "https://example.org/smart&amp;city/" + $0 }))
    for (arguments, status) in [
      (["--format", "json", "--base-url", "https://example.org/"], 64),
      (["--format", "site", "--output", site, "--base-url", "example.org/site"], 64),
      (["--format", "site", "--output", site, "--base-url", "https://example.org/a b/"], 64),
      (["--format", "site", "--output", site, "--base-url", "https://example.org/?page=1"], 64),
    ] {
      let refused = try CLI.run(["export"] + arguments, data: test.path)
      #expect(refused.status == Int32(status) && refused.errorLines.count == 1, "\(arguments): \(refused.standardError)")
      #expect(refused.errorLines.first?.contains("--base-url") == true || refused.errorLines.first?.contains("site") == true)
    }
    #expect(try Self.files(in: site) == files)
  }

  @Test func percentEncoding_keepsPathsAndEncodesTheRest() {
    #expect(SiteBuilder.percentEncoded("en/regions/53.19.html") == "en/regions/53.19.html")
    #expect(SiteBuilder.percentEncoded("a b/é?#") == "a%20b/%C3%A9%3F%23")
  }

  @Test func map_isAStandaloneSVG_withTheFiltersOfList() throws {
    let all = try CLI.run(["map"], data: TestStore.fixture)
    #expect(all.status == 0 && all.standardOutput.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg class=\"map\""))
    #expect(all.standardOutput.components(separatedBy: "<path data-code=").count - 1 == 514)
    #expect(
      all.standardOutput.contains(">Cohort 2017</text>") && all.standardOutput.contains("Boundaries: cahyadsn/wilayah_boundaries")
    )
    let cohort = try CLI.run(["map", "--cohort", "2021"], data: TestStore.fixture).standardOutput
    #expect(cohort.components(separatedBy: "class=\"m\"").count - 1 == 7)
    let province = try CLI.run(["map", "--province", "Bali", "--by", "confidence", "--lang", "id"], data: TestStore.fixture)
      .standardOutput
    #expect(province.contains("data-code=\"51.01\"") && province.contains("Bukan anggota"))
    #expect(province.components(separatedBy: "<path data-code=").count - 1 < 100)
    let refused = try CLI.run(["map", "--cohort", "1999"], data: TestStore.fixture)
    #expect(refused.status == 1 && refused.errorLines.count == 1)
  }
}
