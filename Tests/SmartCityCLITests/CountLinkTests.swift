import Foundation
import ProgrammeCore
import TestSupport
import Testing

@testable import SmartCityCLI

/// Every funnel figure of the HTML report and of the site leads to the members it counts, and
/// the figure is the number of members listed there, reported and implied apart.
@Suite struct CountLinkTests {
  /// The funnel's figures with where they lead: (href, reported, implied, known).
  static func figures(_ html: String) throws -> [(href: String, reported: Int, implied: Int)] {
    let figure = try Regex(##"<a href="([^"]+)" fill="#0969da"><text [^>]*>(\d+)(?: \+ (\d+))? / (\d+)"##)
    return html.matches(of: figure).map { match in
      let groups = match.output
      func number(_ index: Int) -> Int { groups[index].substring.flatMap { Int($0) } ?? 0 }
      return (String(groups[1].substring ?? ""), number(2), number(3))
    }
  }

  /// The members listed under an anchor: (reported, implied).
  static func listed(_ html: String, anchor: String) -> (reported: Int, implied: Int)? {
    guard let start = html.range(of: "<h3 id=\"\(anchor)\">") else { return nil }
    let rest = html[start.upperBound...]
    let end = rest.range(of: "<h3 ")?.lowerBound ?? rest.range(of: "</section>")?.lowerBound ?? rest.endIndex
    let body = rest[..<end]
    func count(_ kind: String) -> Int {
      guard let open = body.range(of: "<p class=\"\(kind)\">") else { return 0 }
      let paragraph = body[open.upperBound...].prefix { $0 != "\n" }
      // "Reported (3): A, B, C</p>": the names after the colon.
      let names = paragraph.drop { $0 != ":" }.dropFirst().replacingOccurrences(of: "</p>", with: "")
      return names.split(separator: ",").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count
    }
    return (count("reported"), count("implied"))
  }

  @Test func theHTMLReportsFunnelFigures_areTheMembersTheyLinkTo() throws {
    let page = CLI.runInProcess(["export", "--format", "html"], data: TestStore.fixture)
    #expect(page.status == 0)
    let figures = try Self.figures(page.standardOutput)
    #expect(figures.count >= 10)
    var steps = 0
    for figure in figures where figure.href != "#participants" {
      let anchor = String(figure.href.dropFirst())
      let listed = try #require(Self.listed(page.standardOutput, anchor: anchor), "\(anchor)")
      #expect(listed.reported == figure.reported && listed.implied == figure.implied, "\(anchor)")
      steps += 1
    }
    #expect(steps >= 8)
    // The signed figure leads to the participants' table.
    #expect(page.standardOutput.contains("<table id=\"participants\">"))
  }

  @Test func theSitesFunnelFigures_areTheMembersTheyLinkTo() throws {
    let registry = try Store(directory: TestStore.fixture).load()
    let pages = Dictionary(SiteBuilder(registry: registry, language: .english).pages(), uniquingKeysWith: { first, _ in first })
    let front = try #require(pages["index.html"])
    var checked = 0
    for figure in try Self.figures(front) {
      let parts = figure.href.split(separator: "#").map(String.init)
      let target = try #require(pages[parts[0]], "\(figure.href)")
      if parts[1] == "members" {
        #expect(target.contains("id=\"members\""))
        continue
      }
      let listed = try #require(Self.listed(target, anchor: parts[1]), "\(figure.href)")
      #expect(listed.reported == figure.reported && listed.implied == figure.implied, "\(figure.href)")
      // The cohort page's own funnel leads to the same list.
      #expect(target.contains("<a href=\"#\(parts[1])\""), "\(figure.href)")
      checked += 1
    }
    #expect(checked >= 8)
  }
  /// The names a `<p id="…">Label (n): A, B</p>` lists.
  static func names(_ html: String, id: String) -> Int? {
    guard let open = html.range(of: "<p id=\"\(id)\">") else { return nil }
    let paragraph = html[open.upperBound...].prefix { $0 != "\n" }.replacingOccurrences(of: "</p>", with: "")
    return paragraph.drop { $0 != ":" }.dropFirst().split(separator: ",").filter {
      !$0.trimmingCharacters(in: .whitespaces).isEmpty
    }.count
  }

  /// Every count of the HTML report's tables that links leads to a list of that many regions:
  /// a year's MoUs to its new and returning regions together.
  @Test func theHTMLReportsTableCounts_areTheRegionsTheyLinkTo() throws {
    let page = CLI.runInProcess(["export", "--format", "html"], data: TestStore.fixture)
    #expect(page.status == 0)
    let html = page.standardOutput
    let cell = try Regex(##"<td class="n"><a href="#([^"]+)">(\d+)</a></td>"##)
    var checked: Set<String> = []
    for match in html.matches(of: cell) {
      let id = String(match.output[1].substring ?? "")
      let count = Int(match.output[2].substring ?? "") ?? -1
      if id.hasPrefix("year-"), !id.hasSuffix("-new"), !id.hasSuffix("-returning") {
        let listed = (Self.names(html, id: id + "-new") ?? 0) + (Self.names(html, id: id + "-returning") ?? 0)
        #expect(listed == count, "\(id)")
      } else {
        #expect(Self.names(html, id: id) == count, "\(id)")
      }
      checked.insert(String(id.prefix { $0 != "-" }))
    }
    #expect(checked == ["year", "cohort", "province"])
  }

  @Test func theSitesYearCounts_areTheRegionsTheyLinkTo() throws {
    let registry = TestStore.loaded(TestStore.fixture)
    let pages = Dictionary(SiteBuilder(registry: registry, language: .english).pages(), uniquingKeysWith: { first, _ in first })
    let front = try #require(pages["index.html"])
    let cell = try Regex(##"<a href="#(year-\d+-(?:new|returning))">(\d+)</a>"##)
    let matches = front.matches(of: cell)
    #expect(matches.count >= 8)
    for match in matches {
      let id = String(match.output[1].substring ?? "")
      #expect(Self.names(front, id: id) == Int(match.output[2].substring ?? ""), "\(id)")
    }
  }
}
