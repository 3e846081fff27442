package jp.shomei.staff;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Shomei's staff pages share the layout of the graduates' pages, with their own home link and footer. */
@ControllerAdvice(basePackageClasses = StaffPages.class)
class StaffPages {

    @ModelAttribute("staffPage")
    boolean staffPage() {
        return true;
    }
}
