extension RuleRegistry {
    /// Rules about Taalmaat's own instructions in the text (suppressions).
    static let metaRules: [any Rule] = [
        TaalmaatOnbekendeRegel(),
        TaalmaatOverbodigUit(),
    ]
}
