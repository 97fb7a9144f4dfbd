/** The project's root folder. */
export declare const root: string;
/** The Reuters-21578 folder in ../shared (or $GRAPHWIRE_SHARED). */
export declare const corpus: string;
/** The corpus's .sgm files, sorted. */
export declare function reutersFiles(): string[];
