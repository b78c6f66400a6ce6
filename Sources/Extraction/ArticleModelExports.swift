/// Article and Day are the extractor's input; whoever imports Extraction gets them as before.
@_exported import ArticleModel
