package org.bookshelf.adapter.persistence.mybatis;

import org.apache.ibatis.annotations.Mapper;
import org.bookshelf.application.model.CatalogueSize;

/** Statements over the whole catalogue; SQL in {@code CatalogueMapper.xml}. */
@Mapper
interface CatalogueMapper {

    /** The rows of {@code books}, {@code authors} and {@code book_author}, in one statement (one snapshot). */
    CatalogueSize count();
}
