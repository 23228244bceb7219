package org.bookshelf.adapter.persistence.mybatis;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;

/** Statements on {@code authors}; SQL in {@code AuthorMapper.xml}, or in Java where a provider says so. */
@Mapper
interface AuthorMapper {

    long nextId();

    void insert(AuthorColumns author);

    /** @return 1 when the row was at {@code expectedVersion} and is now updated, 0 otherwise */
    int update(@Param("author") AuthorColumns author, @Param("expectedVersion") long expectedVersion);

    /** The stored version, or {@code null} when there is no such author. */
    Long currentVersion(long id);

    int delete(long id);

    /** The author, locked {@code FOR UPDATE}, or {@code null}. */
    AuthorRow lock(long id);

    /** Those of {@code ids} that exist, locked {@code IN SHARE MODE}; {@code ids} must not be empty. */
    List<Long> lockExisting(@Param("ids") Collection<Long> ids);

    AuthorRow find(long id);

    /** The authors of those ids that exist, in no order. */
    @SelectProvider(type = PageByIdsSql.class, method = "authors")
    @ResultMap("authorRow")
    List<AuthorRow> findByIds(@Param("ids") List<Long> ids);

    /**
     * Those of {@code ids} that exist, as last committed, locked {@code IN SHARE MODE}; {@code ids} must not be
     * empty.
     */
    List<AuthorRow> lockAll(@Param("ids") Collection<Long> ids);

    List<AuthorRow> findPage(AuthorQuery query);
}
