import TestSupport
import Testing

@testable import ProgrammeCore

@Suite struct RegencyResolverTests {
  static let registry = TestStore.loaded(TestStore.fixture)
  let resolver = RegencyResolver(regencies: registry.regencies, provinces: registry.provinces)

  @Test(arguments: [
    ("53.19", "53.19"), ("5319", "53.19"), ("Manggarai Timur", "53.19"), ("manggarai timur", "53.19"),
    ("MANGGARAI  TIMUR", "53.19"), ("Kabupaten Manggarai Timur", "53.19"), ("Kab. Manggarai Timur", "53.19"),
    ("Kab Manggarai Timur", "53.19"), ("kab.manggarai timur", "53.19"), ("Manggarai Timur Regency", "53.19"),
    ("Gunung Kidul", "34.03"), ("Gunungkidul", "34.03"), ("Kabupaten Gunung Kidul", "34.03"),
    ("Pematang Siantar", "12.72"), ("Pematangsiantar", "12.72"), ("Kota Pematang Siantar", "12.72"),
    ("Tanjung Pinang", "21.72"), ("Tanjungpinang", "21.72"), ("Kota Tanjungpinang", "21.72"),
    ("Kota Administrasi Jakarta Pusat", "31.71"), ("Jakarta Pusat", "31.71"), ("Kota Jakarta Pusat", "31.71"),
    ("Kabupaten Administrasi Kepulauan Seribu", "31.01"), ("Kepulauan Seribu", "31.01"), ("Kep. Seribu", "31.01"),
    ("Bau-Bau", "74.72"), ("Baubau", "74.72"), ("Labuhan Batu", "12.10"), ("Kotawaringin Barat", "62.01"),
    ("Kota Waringin Barat", "62.01"), ("Kotabaru", "63.02"), ("Kota Batu", "35.79"), ("Batu", "35.79"),
    ("Tabanan", "51.02"), ("Pangkajene dan Kepulauan", "73.10"), ("Kabupaten Banjar", "63.03"),
    ("Kota Banjar", "32.79"), ("Banjar City", "32.79"), ("Pangkal Pinang", "19.71"), ("Pangkalpinang", "19.71"),
    ("Tangerang Selatan", "36.74"), ("Kabupaten Tangerang", "36.03"), ("Kota Tangerang", "36.71"),
    ("Padang Panjang", "13.74"), ("Lubuklinggau", "16.73"), ("  Toba  ", "12.12"), ("Manggarai", "53.10"),
  ])
  func variants_resolve(input: String, code: String) throws {
    #expect(try resolver.resolve(input).code == code)
  }

  /// Every name that is both a kabupaten and a kota in the reference list.
  static let ambiguousNames: [String] = {
    var byName: [String: Int] = [:]
    for regency in registry.regencies { byName[regency.name, default: 0] += 1 }
    return byName.filter { $0.value > 1 }.keys.sorted()
  }()

  @Test func ambiguousNames_areTheKnownPairs() {
    #expect(Self.ambiguousNames.count == 26)
    for name in [
      "Bekasi", "Bogor", "Tangerang", "Serang", "Malang", "Banjar", "Jayapura", "Tegal", "Solok", "Kupang", "Pekalongan",
    ] {
      #expect(Self.ambiguousNames.contains(name))
    }
  }

  @Test(arguments: ambiguousNames)
  func ambiguousName_isRefusedListingBoth(name: String) throws {
    let both = Self.registry.regencies.filter { $0.name == name }
    do {
      _ = try resolver.resolve(name)
      Issue.record("resolved ambiguous \(name)")
    } catch {
      guard case .ambiguousRegency(_, let candidates) = error else {
        Issue.record("\(error)")
        return
      }
      #expect(candidates.count == 2)
      for regency in both {
        #expect(error.message.contains("\(regency.officialName) (\(regency.code), "), "\(error.message)")
      }
      #expect(error.category == .refused)
    }
    for regency in both {
      #expect(try resolver.resolve("\(regency.kind.title) \(name)").code == regency.code)
      #expect(try resolver.resolve(name.lowercased() + (regency.kind == .kota ? " city" : " regency")).code == regency.code)
    }
  }

  @Test(arguments: [
    ("Manggarai Timor", "Kabupaten Manggarai Timur (53.19)"), ("Tabannan", "Kabupaten Tabanan (51.02)"),
    ("Gunung Kiduls", "Kabupaten Gunungkidul (34.03)"),
  ])
  func typo_getsSuggestions(input: String, suggestion: String) {
    do {
      _ = try resolver.resolve(input)
      Issue.record("resolved \(input)")
    } catch {
      guard case .unknownRegency(_, let suggestions) = error else {
        Issue.record("\(error)")
        return
      }
      #expect(suggestions.count <= 3)
      #expect(suggestions.first == suggestion)
      #expect(error.message.contains("Did you mean") || error.message.contains("did you mean"))
    }
  }

  @Test(arguments: ["Atlantis", "99.99", "9999", "", "Kota", "x"])
  func nonsense_isRefused(input: String) {
    #expect(throws: ProgrammeError.self) { try resolver.resolve(input) }
  }

  @Test(arguments: [
    ("53", "53"), ("Nusa Tenggara Timur", "53"), ("nusa tenggara timur", "53"), ("NTT", "53"), ("Provinsi Bali", "51"),
    ("DKI Jakarta", "31"), ("Daerah Khusus Ibukota Jakarta", "31"), ("Yogyakarta", "34"), ("Kep. Riau", "21"),
    ("Papua Barat Daya", "96"), ("jawa barat", "32"),
  ])
  func provinces_resolve(input: String, code: String) throws {
    #expect(try ProvinceResolver(provinces: Self.registry.provinces).resolve(input).code == code)
  }

  @Test func unknownProvince_getsSuggestions() {
    do {
      _ = try ProvinceResolver(provinces: Self.registry.provinces).resolve("Jawa Barot")
      Issue.record("resolved a typo")
    } catch {
      #expect(error.message.contains("Jawa Barat (32)"), "\(error.message)")
    }
  }

  /// Names people use that are not the region's own, where they name one region.
  @Test(arguments: [("Jogja", "34.71"), ("Kota Jogja", "34.71"), ("Yogya", "34.71"), ("Solo", "33.72"), ("Jaksel", "31.74")])
  func shortNames_resolve(input: String, code: String) throws {
    #expect(try resolver.resolve(input).code == code)
  }

  /// A province where a region is expected is said to be one, with its regions listed.
  @Test func aProvince_isNotARegion_andItsRegionsAreNamed() {
    #expect(throws: ProgrammeError.self) { try resolver.resolve("Jakarta") }
    do {
      _ = try resolver.resolve("Jakarta")
    } catch {
      guard case .provinceNotRegion(_, let province, let regions) = error else {
        Issue.record("\(error)")
        return
      }
      #expect(province.contains("Jakarta") && regions.count == 6 && regions.contains("Kota Administrasi Jakarta Selatan (31.74)"))
    }
  }

  /// A code's shape and the kind its suffix implies, byte by byte.
  @Test(arguments: [
    ("53.19", true, RegionKind?.some(.kabupaten)), ("31.71", true, .kota), ("11.69", true, .kabupaten),
    ("11.99", true, .kota), ("11.70", true, nil), ("11.00", true, nil), ("5319", false, nil), ("53.1", false, nil),
    ("53.190", false, nil), ("53-19", false, nil), ("5a.19", false, nil), ("53.1x", false, nil), ("", false, nil),
    ("５3.19", false, nil), ("53.19 ", false, nil),
  ])
  func codeShape_andKind(code: String, isCode: Bool, kind: RegionKind?) {
    #expect(Regency.isCode(code) == isCode)
    if isCode { #expect(Regency.kind(ofCode: code) == kind) }
  }

  /// A region's rules: the code's shape, its province, its kind.
  @Test func regencyRules_nameTheFieldAtFault() {
    func violation(_ code: String, _ province: String, _ kind: RegionKind) -> String? {
      Regency(code: code, name: "X", officialName: nil, kind: kind, province: province, sources: []).ruleViolation()?.field
    }
    #expect(violation("53.19", "53", .kabupaten) == nil)
    #expect(violation("53.9", "53", .kabupaten) == "code")
    #expect(violation("53.19", "52", .kabupaten) == "province")
    #expect(violation("53.19", "5", .kabupaten) == "province")
    #expect(violation("53.19", "53.", .kabupaten) == "province")
    #expect(violation("53.19", "53", .kota) == "kind")
    #expect(violation("53.71", "53", .kota) == nil)
  }
}
