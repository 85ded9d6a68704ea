import Foundation
import Testing
@testable import TaalmaatLanguageServer

@Suite struct JSONValueTests {
    @Test func stringsAreEscapedAndUTF8PassesThrough() {
        let value: JSONValue = ["tekst": "Één \"café\" \\ 👩‍👩‍👧\n\r\t\u{01}\u{1F}"]
        let text = String(decoding: value.serialized(), as: UTF8.self)
        #expect(text == #"{"tekst":"Één \"café\" \\ 👩‍👩‍👧\n\r\t\u0001\u001f"}"#)
        #expect(JSONValue.parse(value.serialized()) == value)
    }

    @Test func numbersBooleansNullAndSortedKeys() {
        let value: JSONValue = ["b": [1, -2, .number(0.5), .number(1e20), true, false, nil], "a": [:], "c": []]
        #expect(String(decoding: value.serialized(), as: UTF8.self) == #"{"a":{},"b":[1,-2,0.5,1e+20,true,false,null],"c":[]}"#)
        #expect(JSONValue.number(.nan).serialized() == Data("null".utf8))
        #expect(JSONValue.number(.infinity).serialized() == Data("null".utf8))
    }

    @Test func aRoundTripKeepsEveryValue() throws {
        let value: JSONValue = [
            "jsonrpc": "2.0", "id": 12, "method": "textDocument/publishDiagnostics",
            "params": ["diagnostics": [["range": ["start": ["line": 0, "character": 30]], "message": "'Indien' is een moeilijk woord."]]],
        ]
        let parsed = try #require(JSONValue.parse(value.serialized()))
        #expect(parsed == value)
        #expect(parsed["params"]?["diagnostics"]?.array?.first?["range"]?["start"]?["character"]?.int == 30)
    }

    static func parse(_ text: String) -> JSONValue? { JSONValue.parse(Data(text.utf8)) }

    @Test func theParserReadsEveryKindOfValue() {
        #expect(Self.parse(#" { "a" : [ 1 , -2.5e3 , 0, 1E-2, true , false , null ] , "b" : { } , "c" : [ ] } "#) == [
            "a": [1, .number(-2500), 0, .number(0.01), true, false, nil], "b": [:], "c": [],
        ])
        #expect(Self.parse("42") == 42)
        #expect(Self.parse(#""tekst""#) == "tekst")
        #expect(Self.parse("null") == .null)
        #expect(Self.parse(#"{"a":1,"a":2}"#) == ["a": 2])  // the last duplicate wins
    }

    @Test func stringEscapesAndSurrogatePairsAreDecoded() {
        #expect(Self.parse(#""\"\\\/\b\f\n\r\t\u00e9\u00C9""#) == .string("\"\\/\u{08}\u{0C}\n\r\téÉ"))
        #expect(Self.parse(#""\ud83d\udc69\u200d\ud83d\udc67""#) == "👩‍👧")
        #expect(Self.parse("\"Één café 👩‍👩‍👧\"") == "Één café 👩‍👩‍👧")
        // A lone surrogate (JavaScript strings can have one) becomes U+FFFD instead of failing.
        #expect(Self.parse(#""a\ud800b""#) == "a\u{FFFD}b")
        #expect(Self.parse(#""a\udc00""#) == "a\u{FFFD}")
        #expect(Self.parse(#""\ud800\u0041""#) == "\u{FFFD}A")
    }

    @Test(arguments: [
        "", " ", "{", "}", "[1,]", #"{"a":1,}"#, #"{"a" 1}"#, "{a:1}", "[1 2]", "01", "-", "1.", ".5", "1e", "+1", "tru", "nul",
        #""open"#, #""bad \x escape""#, #""\u12""#, "\"tab\there\"", "1 2", "[] []", "NaN", "Infinity", "'a'",
    ])
    func invalidJSONIsRefused(_ text: String) {
        #expect(Self.parse(text) == nil, "\(text)")
    }

    @Test func invalidUTF8IsRefused() {
        #expect(JSONValue.parse(Data([0x22, 0xC3, 0x28, 0x22])) == nil)
        #expect(JSONValue.parse(Data([0x22, 0xED, 0xA0, 0x80, 0x22])) == nil)  // an encoded surrogate
        #expect(JSONValue.parse(Data([0x22, 0x5C, 0x6E, 0xFF, 0x22])) == nil)  // after an escape too
    }

    @Test func nestingIsLimited() {
        let ok = String(repeating: "[", count: JSONValue.maximumDepth) + String(repeating: "]", count: JSONValue.maximumDepth)
        #expect(Self.parse(ok) != nil)
        let deep = "[" + ok + "]"
        #expect(Self.parse(deep) == nil)
        let objects = String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        #expect(Self.parse(objects) == nil)
    }
}
