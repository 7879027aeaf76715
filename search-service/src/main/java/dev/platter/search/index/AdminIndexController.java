package dev.platter.search.index;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/admin/search/rebuild}: rebuilds the index from restaurant-service's export (admins). */
@RestController
class AdminIndexController {

    private final IndexMaintenance maintenance;

    AdminIndexController(IndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @PostMapping("/api/v1/admin/search/rebuild")
    IndexMaintenance.Rebuilt rebuild() {
        return maintenance.rebuildFromExport();
    }
}
