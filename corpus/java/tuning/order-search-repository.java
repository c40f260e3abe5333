package com.acme.orders;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class OrderSearchRepository {

    private final EntityManager em;

    public OrderSearchRepository(EntityManager em) {
        this.em = em;
    }

    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public List<Object[]> search(String status, String customer, String sort) {
        StringBuilder sql = new StringBuilder("SELECT id, customer, total_cents FROM orders WHERE 1=1");
        if (status != null) {
            sql.append(" AND status = '").append(status).append("'");
        }
        if (customer != null) {
            sql.append(" AND customer = '").append(customer).append("'");
        }
        String orderBy = switch (sort == null ? "" : sort) {
            case "total" -> "total_cents";
            case "customer" -> "customer";
            default -> "id";
        };
        sql.append(" ORDER BY ").append(orderBy).append(" DESC");
        // expect: injection.sql
        Query q = em.createNativeQuery(sql.toString());
        q.setMaxResults(200);
        return new ArrayList<>(q.getResultList());
    }

    @Transactional(readOnly = true)
    public Object[] byId(long id) {
        // ok: injection.sql
        Query q = em.createNativeQuery("SELECT id, customer, total_cents FROM orders WHERE id = :id");
        q.setParameter("id", id);
        return (Object[]) q.getSingleResult();
    }

    @Transactional(readOnly = true)
    public List<?> newestFirst(String sort) {
        String column = "total".equals(sort) ? "total_cents" : "created_at";
        // ok: injection.sql
        return em.createNativeQuery("SELECT id FROM orders ORDER BY " + column + " DESC").setMaxResults(50).getResultList();
    }
}
