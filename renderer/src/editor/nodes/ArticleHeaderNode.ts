// Headline, subtitle and dateline of an article. They are shown in the reader but are not part
// of Article.text, so anchoring skips them (only top-level ParagraphNodes are body text).
import {
  $applyNodeReplacement,
  $getDocument,
  ElementNode,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from 'lexical';

export type ArticleHeaderKind = 'headline' | 'subtitle' | 'dateline';

export type SerializedArticleHeaderNode = Spread<{ kind: ArticleHeaderKind }, SerializedElementNode>;

export class ArticleHeaderNode extends ElementNode {
  /** @internal */
  __kind: ArticleHeaderKind;

  override $config() {
    return this.config('article-header', { extends: ElementNode });
  }

  constructor(kind: ArticleHeaderKind = 'headline', key?: NodeKey) {
    super(key);
    this.__kind = kind;
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__kind = prevNode.__kind;
  }

  override updateFromJSON(serializedNode: LexicalUpdateJSON<SerializedArticleHeaderNode>): this {
    const self = super.updateFromJSON(serializedNode).getWritable();
    self.__kind = serializedNode.kind;
    return self;
  }

  override exportJSON(): SerializedArticleHeaderNode {
    return { ...super.exportJSON(), kind: this.getLatest().__kind };
  }

  getKind(): ArticleHeaderKind {
    return this.getLatest().__kind;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement(this.__kind === 'headline' ? 'h1' : 'p');
    element.className = `article-${this.__kind}`;
    return element;
  }

  override updateDOM(prevNode: this): boolean {
    return prevNode.__kind !== this.__kind;
  }
}

export function $createArticleHeaderNode(kind: ArticleHeaderKind): ArticleHeaderNode {
  return $applyNodeReplacement(new ArticleHeaderNode(kind));
}

export function $isArticleHeaderNode(node: LexicalNode | null | undefined): node is ArticleHeaderNode {
  return node instanceof ArticleHeaderNode;
}
