package org.bookshelf.adapter.persistence.mybatis;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Statements on many books and authors at once; SQL in {@code BulkCatalogueMapper.xml}. Collections must
 * not be empty; {@link MyBatisBulkCatalogue} keeps each to {@value MyBatisBulkCatalogue#ROWS_PER_STATEMENT}.
 */
@Mapper
interface BulkCatalogueMapper {

    /** The most fresh ids one call hands out. */
    int MAX_FRESH_IDS = 1_000_000;

    /** {@code count} values of the authors' id sequence, at most {@value #MAX_FRESH_IDS}. */
    List<Long> nextAuthorIds(int count);

    /** {@code count} values of the books' id sequence, at most {@value #MAX_FRESH_IDS}. */
    List<Long> nextBookIds(int count);

    /**
     * Every author whose name's sort key is one of {@code nameKeys} (a {@link JsonArrays JSON array}), with the
     * name.
     */
    List<NamedAuthorRow> authorsWithNameKeys(@Param("nameKeys") String nameKeys);

    /** Those of {@code isbns} (a {@link JsonArrays JSON array}) some book has. */
    List<String> isbnsPresent(@Param("isbns") String isbns);

    /**
     * The books that have one of the titles of {@code nameAndTitleKeys} (a {@link JsonArrays#ofTuples JSON array}
     * of {@code [name key, title key]}) and credit an author with the name that goes with it, each once, with all
     * its authors' names in credit order.
     */
    List<SignatureRow> signaturesCrediting(@Param("nameAndTitleKeys") String nameAndTitleKeys);

    /**
     * The books crediting nobody whose title's sort key is one of {@code titleKeys} (a {@link JsonArrays JSON
     * array}; {@code authorName} null).
     */
    List<SignatureRow> signaturesCreditingNobody(@Param("titleKeys") String titleKeys);

    /** Those of {@code ids} some book has. */
    List<Long> booksWithIds(@Param("ids") Collection<Long> ids);
}
