import Testing

@testable import ProgrammeCore

/// What a source's address says: whether a browser opens it, its host, its origin.
@Suite struct SourceTests {
  @Test(arguments: [
    ("https://example.org/a", true), ("http://example.org", true), ("HTTPS://Example.org/A", true),
    ("HtTp://example.org/", true), ("ftp://example.org/a", false), ("https://", false), ("https:/example.org", false),
    ("https://example.org/a b", false), ("example.org/a", false), ("http\u{1A}//example.org", false),
    ("https:\u{0F}/example.org", false), ("", false), (" https://example.org", false),
    ("https://example.org/long/path/with a/space", false), ("https://example.org/long/path/ending/in/ ", false),
    ("https://example.org/long/path/with/no/space/at/all", true),
  ])
  func isOpenable_isAnHTTPAddressWithAHostAndNoSpace(url: String, openable: Bool) {
    #expect(Source(url: url).isOpenable == openable)
  }

  @Test func aSourceWithoutAnAddress_isNotOpenable() {
    #expect(!Source(title: "Keputusan Menteri").isOpenable)
  }

  @Test(arguments: [
    ("https://www.Example.org/a?b", "example.org"), ("http://kominfo.go.id:8080/x", "kominfo.go.id"),
    ("https://a.b.c#frag", "a.b.c"), ("https://WWW.Kominfo.GO.ID/", "kominfo.go.id"), ("https://www/", "www"),
    ("https://WWW./", ""),
    ("https://wwwx.org", "wwwx.org"), ("https://www.ÜBER.de/a", "über.de"), ("https://Ünter.de", "ünter.de"),
  ])
  func host_isTheLowercasedNameWithoutWWW(url: String, host: String) {
    #expect(Source(url: url).host == host)
    #expect(Source(url: url).origin == host)
  }

  /// Distinct origins, however many sources a record cites (a few are compared, many hashed).
  @Test(arguments: [0, 1, 3, 16, 17, 40])
  func independentCount_isTheNumberOfDistinctOrigins(count: Int) {
    let sources = (0..<count).map { index in
      index % 3 == 2
        ? Source(publisher: "Publisher \(index % 4)") : Source(url: "https://www.site\(index % 5).example/page\(index)")
    }
    let expected = Set(sources.map { $0.host ?? $0.publisher!.lowercased() }).count
    #expect(sources.independentCount == expected)
  }

  /// Independent sources among awkward ones: hosts in capitals, with and without `www.`, with a
  /// port, beyond ASCII, empty after `www.`, addresses without a host, and sources without an
  /// address.
  @Test func independentCount_ofAwkwardSources() {
    let sources = [
      Source(url: "https://example.org/a"), Source(url: "HTTP://WWW.EXAMPLE.ORG"), Source(url: "https://www.example.org:8080/b"),
      Source(url: "https://example.org.id/"), Source(url: "https://wwwexample.org"), Source(url: "https://www.über.de"),
      Source(url: "https://ÜBER.de/x"), Source(url: "https://WWW./"), Source(url: "https://www/"), Source(url: "example.org/a"),
      Source(publisher: "Example.org"), Source(publisher: "example.org"), Source(title: "WWW."), Source(title: ""),
      Source(publisher: "example.org", url: "mailto:someone@example.org"), Source(url: "https://über.de"),
      Source(note: "no address"),
    ]
    #expect(sources.independentCount == Set(sources.map { $0.origin }).count)
    #expect(Array(sources.prefix(16)).independentCount == Set(sources.prefix(16).map { $0.origin }).count)
  }
}
